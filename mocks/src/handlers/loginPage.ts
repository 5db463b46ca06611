// The platform's login page, as the simulator draws it: choose one of the org's users (the
// simulator has no passwords), then allow or cancel the OAuth client's request. English or
// Japanese after the browser's Accept-Language. Every value is escaped; the page may not be
// framed (a consent page in someone else's frame is a clickjacking target).
import type { AuthorizeRequest } from '../engine/oauth/authorizationServer';

export interface LoginPageUser {
  id: string;
  name: string;
  email: string;
}

type Lang = 'en' | 'ja';

const AUTHORIZE_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'state',
  'code_challenge',
  'code_challenge_method',
  'scope',
] as const;

const TEXT = {
  en: {
    title: 'Sign in to the ACD platform',
    who: 'Sign in as',
    consent: (client: string) => `${client} asks to use the platform on your behalf.`,
    allow: 'Allow',
    cancel: 'Cancel',
    refused: 'This sign-in cannot continue',
  },
  ja: {
    title: 'ACD プラットフォームにサインイン',
    who: 'サインインするユーザー',
    consent: (client: string) =>
      `${client} があなたとしてプラットフォームを使う許可を求めています。`,
    allow: '許可',
    cancel: 'キャンセル',
    refused: 'このサインインは続行できません',
  },
} as const;

export function pageLanguage(acceptLanguage: string | null): Lang {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('ja') ? 'ja' : 'en';
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

function page(lang: Lang, title: string, body: string, status: number): Response {
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}
fieldset{border:1px solid #747474;border-radius:.25rem;margin:1rem 0}label{display:block;padding:.35rem 0}
button{font:inherit;padding:.4rem 1rem;margin-right:.5rem}</style></head>
<body><main>${body}</main></body></html>`;
  return new Response(html, { status, headers: HEADERS });
}

export function loginPage(
  request: AuthorizeRequest,
  params: URLSearchParams,
  users: readonly LoginPageUser[],
  lang: Lang,
): Response {
  const t = TEXT[lang];
  // Only the authorize parameters ride along: a crafted URL cannot pre-fill the decision.
  const hidden = AUTHORIZE_PARAMS.flatMap((name) => {
    const value = params.get(name);
    return value === null ? [] : [[name, value] as const];
  })
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('');
  const choices = users
    .map(
      (user, index) =>
        `<label><input type="radio" name="user_id" value="${escapeHtml(user.id)}"${index === 0 ? ' checked' : ''} required> ${escapeHtml(user.name)} (${escapeHtml(user.email)})</label>`,
    )
    .join('');
  return page(
    lang,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1>
<form method="post" action="/oauth/authorize">${hidden}
<fieldset><legend>${escapeHtml(t.who)}</legend>${choices}</fieldset>
<p>${escapeHtml(t.consent(request.client.name))}</p>
<button type="submit" name="decision" value="allow">${escapeHtml(t.allow)}</button>
<button type="submit" name="decision" value="deny" formnovalidate>${escapeHtml(t.cancel)}</button>
</form>`,
    200,
  );
}

/** An unknown client or an unregistered redirect URI: said here, never sent anywhere. */
export function refusalPage(message: string, lang: Lang): Response {
  const t = TEXT[lang];
  return page(
    lang,
    t.refused,
    `<h1>${escapeHtml(t.refused)}</h1><p role="alert">${escapeHtml(message)}</p>`,
    400,
  );
}
