// The storage.managed schema (Chrome reads it from the manifest's storage.managed_schema; an
// admin's policy for the extension is checked against it). Keys and meaning: hosts.md.
export const managedSchema = {
  type: 'object',
  properties: {
    platformBaseUrl: {
      type: 'string',
      title: 'Platform API URL',
      description: 'e.g. https://api.mypurecloud.com',
    },
    loginBaseUrl: {
      type: 'string',
      title: 'Login URL',
      description: 'Empty: derived from the platform URL',
    },
    oauthClientId: { type: 'string', title: 'OAuth client id (PKCE)' },
    signIn: { type: 'string', title: 'Sign-in', enum: ['pkce', 'simulator'] },
    callLogging: { type: 'boolean', title: 'Log finished chats to the web hook' },
    autoAnswer: { type: 'boolean', title: 'Answer chats automatically' },
    ringingDefault: { type: 'boolean', title: 'Ring for new chats' },
    language: { type: 'string', title: 'Language', enum: ['auto', 'en', 'ja'] },
    screenPopUrlTemplate: {
      type: 'string',
      title: 'Screen-pop URL template',
      description: 'Placeholders {email} {name} {conversationId} {queue} {attr:NAME}, URL-encoded',
    },
    callLogWebhookUrl: { type: 'string', title: 'Call-log web hook URL' },
  },
} as const;
