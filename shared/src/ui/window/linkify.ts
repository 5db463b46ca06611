// Customer text is untrusted: it is split into plain text and http(s) links only; nothing
// is ever parsed as HTML.
export type TextPart =
  { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Bidi controls (embeddings, overrides, isolates, marks) make an address display differently
// from where it leads (`https://example.com/\u202Efdp.exe`): such text is never a link.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export const hasBidiControls = (text: string): boolean => BIDI_CONTROLS.test(text);

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
// Sentence punctuation after a link belongs to the sentence, not the address.
const TRAILING = /[.,;:!?)\]}'"。、）」』]+$/u;

function safeHref(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function linkify(body: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const raw = match[0].replace(TRAILING, '');
    const start = match.index;
    const href = safeHref(raw);
    if (href === undefined || raw === '' || hasBidiControls(raw)) continue;
    if (start > last) parts.push({ kind: 'text', text: body.slice(last, start) });
    parts.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}
