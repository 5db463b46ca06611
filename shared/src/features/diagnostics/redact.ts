// What a diagnostics file must never carry: access tokens, message text, notes, customer
// names and emails. Fields are dropped by name wherever they sit, and strings are scrubbed
// of emails, bearer tokens and any name the caller knows (the customers in the state).

export const REDACTED = '[redacted]';

/** Field names whose values are secrets or personal text, at any depth. */
const SECRET_FIELD =
  /token|authorization|secret|password|cookie|^(body|text|notes?|draft|transcript|name|customerName|email|customerEmail|displayName|address|phone)$/i;

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const BEARER = /bearer\s+[\w\-.~+/]+=*/gi;

function scrubString(text: string, knownNames: readonly string[]): string {
  let out = text.replace(BEARER, `Bearer ${REDACTED}`).replace(EMAIL, REDACTED);
  for (const name of knownNames) out = out.split(name).join(REDACTED);
  return out;
}

/**
 * A deep copy with secrets and personal text replaced. `knownNames` are literal strings to
 * remove from every text (customer names, emails): longer ones first so none leaks in part.
 */
export function redact(value: unknown, knownNames: readonly string[] = []): unknown {
  const names = [...new Set(knownNames.filter((n) => n.trim().length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return scrubString(v, names);
    if (v === null || typeof v !== 'object') return v;
    if (depth > 8) return REDACTED;
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) {
      out[key] = SECRET_FIELD.test(key) && item !== undefined ? REDACTED : walk(item, depth + 1);
    }
    return out;
  };
  return walk(value, 0);
}
