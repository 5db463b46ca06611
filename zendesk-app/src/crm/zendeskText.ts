// What the Zendesk adapter says (Zendesk notifications, the internal note), in the agent's
// language. Customer text is only ever placed into these as plain text.
import { fillPlaceholders, type Language, type TextParams } from '@acd/shared';

const en = {
  'pop.noEmail': 'No email for {customer}: no Zendesk user to open.',
  'pop.none': 'No Zendesk user has the email {email}.',
  'pop.failed': 'Could not search Zendesk for {email} ({reason}).',
  'log.failed':
    'The chat with {customer} was not logged to Zendesk ({reason}). It will be retried.',
  'attention.alerting': 'A chat is waiting to be picked up.',
  'attention.alertingMany': '{count} chats are waiting to be picked up.',
  'note.title': 'Chat with {customer}',
  'note.updated': 'Chat with {customer} (updated log)',
  'note.reference': 'Reference',
  'ticket.subject': 'Chat with {customer}',
  'record.ticket': '#{id} {subject}',
  'record.user': '{name} <{email}>',
  'record.ticketOf': '{ticket} ({requester})',
  'view.connecting': 'Connecting to the chat connection of this Zendesk tab…',
  'view.signInUnavailable':
    'Signing in to the platform with OAuth is not available in this version of the app. Leave the OAuth client id empty to use the simulator.',
  'view.noZendesk': 'This page runs inside Zendesk Support (the URL needs origin and app_guid).',
  'view.failed': 'The chat app could not start: {reason}',
};

const ja: typeof en = {
  'pop.noEmail': '{customer} のメールアドレスがないため、Zendesk ユーザーを開けません。',
  'pop.none': 'メールアドレス {email} の Zendesk ユーザーは見つかりませんでした。',
  'pop.failed': 'Zendesk で {email} を検索できませんでした（{reason}）。',
  'log.failed':
    '{customer} とのチャットを Zendesk に記録できませんでした（{reason}）。再試行します。',
  'attention.alerting': '応答待ちのチャットがあります。',
  'attention.alertingMany': '応答待ちのチャットが {count} 件あります。',
  'note.title': '{customer} とのチャット',
  'note.updated': '{customer} とのチャット（記録の更新）',
  'note.reference': '参照',
  'ticket.subject': '{customer} とのチャット',
  'record.ticket': '#{id} {subject}',
  'record.user': '{name} <{email}>',
  'record.ticketOf': '{ticket}（{requester}）',
  'view.connecting': 'この Zendesk タブのチャット接続に接続しています…',
  'view.signInUnavailable':
    'このバージョンのアプリでは OAuth によるプラットフォームへのサインインは使えません。シミュレーターを使う場合は OAuth クライアント ID を空欄にしてください。',
  'view.noZendesk':
    'このページは Zendesk Support の中で動作します（URL に origin と app_guid が必要です）。',
  'view.failed': 'チャットアプリを開始できませんでした: {reason}',
};

export type ZendeskTextKey = keyof typeof en;

const resources: Record<Language, typeof en> = { en, ja };

export function zendeskText(
  language: Language,
  key: ZendeskTextKey,
  params: TextParams = {},
): string {
  return fillPlaceholders(resources[language][key], params);
}
