// Who embeds the client: `location.ancestorOrigins` (Chromium, WebKit), else the referrer's
// origin (Firefox). The deployer lists the CRM origins allowed to embed it; any other parent
// gets a message instead of a client.

export type ParentCheck =
  { kind: 'allowed'; origin: string } | { kind: 'refused'; origin: string } | { kind: 'notFramed' };

export interface FrameWindow {
  self: unknown;
  top: unknown;
  location: { ancestorOrigins?: { length: number; [index: number]: string } };
  document: { referrer: string };
}

export function parentOriginOf(win: FrameWindow): string | undefined {
  const ancestors = win.location.ancestorOrigins;
  if (ancestors !== undefined && ancestors.length > 0) return ancestors[0];
  try {
    return win.document.referrer === '' ? undefined : new URL(win.document.referrer).origin;
  } catch {
    return undefined;
  }
}

export function checkParent(win: FrameWindow, allowed: string[]): ParentCheck {
  if (win.self === win.top) return { kind: 'notFramed' };
  const origin = parentOriginOf(win);
  if (origin === undefined) return { kind: 'refused', origin: '(unknown)' };
  // Every ancestor must be allowed: a permitted CRM framed inside a hostile page is not enough.
  const ancestors = win.location.ancestorOrigins;
  const all =
    ancestors === undefined
      ? [origin]
      : Array.from({ length: ancestors.length }, (_, i) => ancestors[i] ?? '');
  const refused = all.find((o) => !allowed.includes(o));
  return refused === undefined ? { kind: 'allowed', origin } : { kind: 'refused', origin: refused };
}
