// The admin's screen-pop URL template, e.g. https://crm.example.com/search?q={email}.
// Placeholders: {email}, {name}, {conversationId}, {queue}, {attr:NAME} (a conversation
// attribute of the customer). Every value is URL-encoded, so a name with "&" or "#" stays
// one value; a value the conversation lacks becomes empty.

export interface TemplateValues {
  email?: string | undefined;
  name?: string | undefined;
  conversationId: string;
  queue?: string | undefined;
  attributes?: Readonly<Record<string, string>>;
}

const PLACEHOLDER = /\{(email|name|conversationId|queue|attr:([^{}]+))\}/g;

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

export function fillUrlTemplate(template: string, values: TemplateValues): string {
  const unknown = template.replace(PLACEHOLDER, '').match(/\{[^}]*\}/);
  if (unknown !== null) {
    throw new TemplateError(`The screen-pop template has an unknown placeholder ${unknown[0]}`);
  }
  const filled = template.replace(PLACEHOLDER, (_whole, name: string, attr?: string) => {
    const value =
      attr !== undefined
        ? values.attributes?.[attr]
        : name === 'email'
          ? values.email
          : name === 'name'
            ? values.name
            : name === 'queue'
              ? values.queue
              : values.conversationId;
    return encodeURIComponent(value ?? '');
  });
  let url: URL;
  try {
    url = new URL(filled);
  } catch {
    throw new TemplateError(`The screen-pop template does not make a URL: ${filled}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TemplateError(`The screen-pop URL must be http(s), not ${url.protocol}`);
  }
  return url.toString();
}
