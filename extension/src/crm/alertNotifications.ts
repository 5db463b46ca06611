// One system notification per alerting chat: created when the chat starts alerting, cleared
// when it stops (picked up, taken elsewhere, gone). Clicking one brings the agent to it.
import type { Language } from '@acd/shared';
import type { ExtensionApi } from '../browser/extensionApi';
import { extensionText } from '../extensionText';

export interface AlertingChat {
  conversationId: string;
  customerName: string;
  queueName: string;
}

const PREFIX = 'acd-alerting:';

export function conversationOfNotification(notificationId: string): string | null {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) : null;
}

export function createAlertNotifier(api: ExtensionApi, iconPath: string) {
  const shown = new Set<string>();
  return {
    /** Brings the notifications in line with the chats alerting now. */
    sync(alerting: readonly AlertingChat[], language: Language): void {
      const now = new Set(alerting.map((chat) => chat.conversationId));
      for (const chat of alerting) {
        if (shown.has(chat.conversationId)) continue;
        shown.add(chat.conversationId);
        void api.notifications
          .create(PREFIX + chat.conversationId, {
            type: 'basic',
            iconUrl: api.runtime.getURL(iconPath),
            title: extensionText(language, 'notify.alertingTitle', { name: chat.customerName }),
            message: extensionText(language, 'notify.alertingMessage', { queue: chat.queueName }),
            requireInteraction: true,
          })
          .catch(() => undefined);
      }
      for (const id of [...shown]) {
        if (now.has(id)) continue;
        shown.delete(id);
        void api.notifications.clear(PREFIX + id).catch(() => undefined);
      }
    },
    clearAll(): void {
      for (const id of shown) void api.notifications.clear(PREFIX + id).catch(() => undefined);
      shown.clear();
    },
  };
}
