// The one message callback.html sends to the client frame that opened the sign-in window.
export const CALLBACK_MESSAGE = 'acd-embeddable:oauth-callback';

export interface CallbackMessage {
  type: typeof CALLBACK_MESSAGE;
  url: string;
}

export function isCallbackMessage(data: unknown): data is CallbackMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === CALLBACK_MESSAGE &&
    typeof (data as { url?: unknown }).url === 'string'
  );
}
