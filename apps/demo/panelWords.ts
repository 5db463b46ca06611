// The customer panel's words for the kind of conversation and the messaging customer, in the
// demo's two languages (the rest of the demo page is English).
export type DemoLanguage = 'en' | 'ja';

export interface PanelWords {
  kind: string;
  chat: string;
  message: string;
  start: (kind: 'chat' | 'message') => string;
  open: string;
  ended: string;
  agent: string;
  needsFirst: string;
  transcriptOf: (who: string) => string;
  messageFrom: (who: string) => string;
  sendAs: (who: string) => string;
}

const WORDS: Record<DemoLanguage, PanelWords> = {
  en: {
    kind: 'Kind of conversation',
    chat: 'Chat',
    message: 'Web messaging',
    start: (kind) => (kind === 'chat' ? 'Start chat' : 'Start web messaging'),
    open: 'open',
    ended: 'ended',
    agent: 'Agent',
    needsFirst: 'Web messaging starts with the first message: write one',
    transcriptOf: (who) => `Messages with ${who}`,
    messageFrom: (who) => `Message from ${who}`,
    sendAs: (who) => `Send as ${who}`,
  },
  ja: {
    kind: '会話の種類',
    chat: 'チャット',
    message: 'Webメッセージング',
    start: (kind) => (kind === 'chat' ? 'チャットを開始' : 'Webメッセージングを開始'),
    open: '継続中',
    ended: '終了',
    agent: 'エージェント',
    needsFirst: 'Webメッセージングは最初のメッセージで始まります。入力してください',
    transcriptOf: (who) => `${who}とのメッセージ`,
    messageFrom: (who) => `${who}からのメッセージ`,
    sendAs: (who) => `${who}として送信`,
  },
};

export const panelWords = (language: DemoLanguage): PanelWords => WORDS[language];
