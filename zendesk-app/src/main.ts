// The one page of every location: the background runs the core, the others show it.
import ZAFClient from 'zendesk_app_framework_sdk';
import { languageFromLocale } from '@acd/shared';
import { zendeskText } from './crm/zendeskText';
import type { ZafClient } from './zaf/zafClient';
// Both starts in the one script every frame loads: apart, they cost a preload helper and a
// second request per frame to save each frame 1 KB it does not run.
import { startBackground } from './background/startBackground';
import { startView } from './view/startView';

const root = document.getElementById('root') ?? document.body;
// The browser's language until Zendesk says the agent's own (their Zendesk profile's locale,
// which is what the rest of Zendesk speaks to them in).
let language = languageFromLocale(navigator.language);

function showProblem(text: string) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = text;
  root.replaceChildren(message);
}

async function main() {
  // The SDK's client honours the ZafClient interface (zaf/zafClient.ts); it has no types.
  const client = ZAFClient.init() as ZafClient | false;
  if (client === false) {
    showProblem(zendeskText(language, 'view.noZendesk'));
    return;
  }
  const answer = await client.get('currentUser.locale').catch((): Record<string, unknown> => ({}));
  const locale = answer['currentUser.locale'];
  if (typeof locale === 'string') language = languageFromLocale(locale);
  const context = await client.context();
  if (context.location === 'background') await startBackground(client);
  else await startView(client, context, root);
}

main().catch((error: unknown) => {
  showProblem(
    zendeskText(language, 'view.failed', {
      reason: error instanceof Error ? error.message : String(error),
    }),
  );
});
