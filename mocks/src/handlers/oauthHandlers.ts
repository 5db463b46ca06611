// The platform's login host: GET /oauth/authorize (the login page), POST /oauth/authorize
// (the user's choice), POST /oauth/token (code + verifier -> token). Served on the
// simulator's own origin; the platform serves the same paths on login.<region>.
import { http } from 'msw';
import type { AcdEngine } from '../engine/acdEngine';
import { loginPage, pageLanguage, refusalPage } from './loginPage';

const redirect = (location: string) =>
  new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } });

async function readForm(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams(await request.text());
}

export function createOAuthHandlers(engine: AcdEngine) {
  const users = () =>
    [...engine.context.directory.users.values()].map(({ id, name, email }) => ({
      id,
      name,
      email,
    }));

  return [
    http.get('*/oauth/authorize', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const lang = pageLanguage(request.headers.get('accept-language'));
      const checked = engine.oauth.check(params);
      if (checked.kind === 'refuse') return refusalPage(checked.message, lang);
      if (checked.kind === 'redirect') return redirect(checked.location);
      return loginPage(checked.request, params, users(), lang);
    }),
    http.post('*/oauth/authorize', async ({ request }) => {
      const form = await readForm(request);
      const lang = pageLanguage(request.headers.get('accept-language'));
      // The form carries the authorize parameters back: they are checked again, not trusted.
      const checked = engine.oauth.check(form);
      if (checked.kind === 'refuse') return refusalPage(checked.message, lang);
      if (checked.kind === 'redirect') return redirect(checked.location);
      if (form.get('decision') !== 'allow') return redirect(engine.oauth.deny(checked.request));
      return redirect(engine.oauth.approve(checked.request, form.get('user_id') ?? ''));
    }),
    http.post('*/oauth/token', async ({ request }) => {
      const answer = await engine.oauth.token(await readForm(request));
      // Token answers are never cached (RFC 6749 section 5.1).
      return Response.json(answer.body, {
        status: answer.status,
        headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
      });
    }),
  ];
}
