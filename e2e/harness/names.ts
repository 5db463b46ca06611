// The visible contract of behaviour.md: the accessible names tests find controls by, in
// English and Japanese. Texts outside that table (states, markers) come from the UI's own
// resources, so the tests follow their wording without guessing it.
import { type Language, translate, type MessageKey } from '@acd/shared';

const table = {
  pickUp: { en: 'Pick up', ja: '応答' },
  chat: { en: 'Chat', ja: 'チャット' },
  disconnect: { en: 'Disconnect', ja: '切断' },
  transfer: { en: 'Transfer', ja: '転送' },
  newMessage: { en: 'New message', ja: '新しいメッセージ' },
  reply: { en: 'Reply', ja: '返信' },
  send: { en: 'Send', ja: '送信' },
  wrapupCode: { en: 'Wrap-up code', ja: 'ラップアップコード' },
  notes: { en: 'Notes', ja: 'メモ' },
  done: { en: 'Done', ja: '完了' },
  list: { en: 'Interactions', ja: 'インタラクション' },
  wrapup: { en: 'Wrap-up', ja: 'ラップアップ' },
} as const;

export type ControlName = keyof typeof table;

export function namesFor(language: Language) {
  const names = Object.fromEntries(
    Object.entries(table).map(([key, value]) => [key, value[language]]),
  ) as Record<ControlName, string>;
  const text = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params);
  return { ...names, text };
}

export type Names = ReturnType<typeof namesFor>;

export const LANGUAGES: Language[] = ['en', 'ja'];

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
