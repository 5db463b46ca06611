// The few sentences only the Salesforce bundle shows (the shared UI and sign-in carry theirs).
import type { Language } from '@acd/shared';

const TEXT = {
  en: {
    noPlatform:
      'The ACD platform is not configured. Ask your Salesforce administrator to set Platform base URL and OAuth client id on the utility item.',
  },
  ja: {
    noPlatform:
      'ACD プラットフォームが設定されていません。Salesforce 管理者に、ユーティリティ項目のプラットフォームのベース URL と OAuth クライアント ID の設定を依頼してください。',
  },
} as const;

export function shellText(language: Language, key: keyof (typeof TEXT)['en']): string {
  return TEXT[language][key];
}
