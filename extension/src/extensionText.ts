// The extension's own strings (badge title, notifications, panel and options page), in the
// agent UI's two languages. The agent UI brings its own resources.
import type { Language } from '@acd/shared';

const en = {
  'extension.name': 'ACD Chat',
  'badge.title': 'ACD Chat: {alerting} alerting, {unread} unread',
  'badge.idle': 'ACD Chat',
  'notify.alertingTitle': 'New chat: {name}',
  'notify.alertingMessage': 'Waiting in {queue}. Open ACD Chat to pick it up.',
  'panel.connecting': 'Connecting to the ACD Chat connection…',
  'panel.failed': 'ACD Chat could not start: {reason}',
  'panel.needsClientId':
    'Sign-in is not configured: ask your administrator for the OAuth client id (extension options).',
  'panel.signIn': 'Sign in',
  'panel.signingIn': 'Signing in…',
  'panel.signInFailed': 'Sign-in failed: {reason}',
  'panel.signInTitle': 'Sign in to the chat platform',
  'panel.settingsProblem': 'Setting ignored: {message}',
  'panel.openOptions': 'Extension options',
  'options.title': 'ACD Chat options',
  'options.save': 'Save',
  'options.saved': 'Saved. Open panels use the new settings when they are opened again.',
  'options.managed': 'Set by your administrator',
  'options.invalid': 'Not saved: {message}',
  'options.rule.secureUrl':
    'Enter a URL that starts with https:// (http:// only on this computer: 127.0.0.1 or localhost).',
  'options.rule.template':
    'Use only the placeholders {email}, {name}, {conversationId}, {queue} and {attr:NAME}, in an http(s) URL.',
  'options.rule.text': 'Enter text.',
  'options.platformBaseUrl': 'Platform API URL',
  'options.loginBaseUrl': 'Login URL (empty: derived from the platform URL)',
  'options.oauthClientId': 'OAuth client id',
  'options.signIn': 'Sign-in',
  'options.signIn.pkce': 'Platform sign-in (OAuth PKCE)',
  'options.signIn.simulator': 'Simulator user picker',
  'options.callLogging': 'Log finished chats to the web hook',
  'options.autoAnswer': 'Answer chats automatically',
  'options.ringingDefault': 'Ring for new chats',
  'options.language': 'Language',
  'options.language.auto': 'Browser language',
  'options.screenPopUrlTemplate':
    'Screen-pop URL template ({email}, {name}, {conversationId}, {queue}, {attr:NAME})',
  'options.callLogWebhookUrl': 'Call-log web hook URL',
};

type Key = keyof typeof en;

const ja: Record<Key, string> = {
  'extension.name': 'ACD Chat',
  'badge.title': 'ACD Chat: 着信 {alerting} 件、未読 {unread} 件',
  'badge.idle': 'ACD Chat',
  'notify.alertingTitle': '新しいチャット: {name}',
  'notify.alertingMessage': '{queue} で待機中です。ACD Chat を開いて応答してください。',
  'panel.connecting': 'ACD Chat の接続に接続しています…',
  'panel.failed': 'ACD Chat を開始できません: {reason}',
  'panel.needsClientId':
    'サインインが設定されていません。管理者に OAuth クライアント ID を確認してください (拡張機能のオプション)。',
  'panel.signIn': 'サインイン',
  'panel.signingIn': 'サインインしています…',
  'panel.signInFailed': 'サインインに失敗しました: {reason}',
  'panel.signInTitle': 'チャットプラットフォームにサインイン',
  'panel.settingsProblem': '無視された設定: {message}',
  'panel.openOptions': '拡張機能のオプション',
  'options.title': 'ACD Chat のオプション',
  'options.save': '保存',
  'options.saved': '保存しました。開いているパネルは、次に開いたときに新しい設定を使います。',
  'options.managed': '管理者が設定しています',
  'options.invalid': '保存されていません: {message}',
  'options.rule.secureUrl':
    'https:// で始まる URL を入力してください (http:// はこのコンピューターの 127.0.0.1 または localhost のみ)。',
  'options.rule.template':
    'プレースホルダーは {email}、{name}、{conversationId}、{queue}、{attr:NAME} のみを使い、http(s) の URL にしてください。',
  'options.rule.text': 'テキストを入力してください。',
  'options.platformBaseUrl': 'プラットフォーム API の URL',
  'options.loginBaseUrl': 'ログイン URL (空欄: プラットフォーム URL から決定)',
  'options.oauthClientId': 'OAuth クライアント ID',
  'options.signIn': 'サインイン方法',
  'options.signIn.pkce': 'プラットフォームのサインイン (OAuth PKCE)',
  'options.signIn.simulator': 'シミュレーターのユーザー選択',
  'options.callLogging': '終了チャットのログを Web フックに送信',
  'options.autoAnswer': 'チャットに自動で応答する',
  'options.ringingDefault': '新しいチャットで呼び出し音を鳴らす',
  'options.language': '言語',
  'options.language.auto': 'ブラウザーの言語',
  'options.screenPopUrlTemplate':
    'スクリーンポップの URL テンプレート ({email}, {name}, {conversationId}, {queue}, {attr:NAME})',
  'options.callLogWebhookUrl': '通話ログの Web フック URL',
};

export type ExtensionTextKey = Key;

export function extensionText(
  language: Language,
  key: Key,
  params: Record<string, string | number> = {},
): string {
  const table: Record<Key, string> = language === 'ja' ? ja : en;
  return table[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
