// The token-expiry walk every host's sign-in test takes (issue 11): a token that expires
// mid-chat asks for a new sign-in above the still-mounted client, the reply typed meanwhile
// waits, and once the agent signs in again through the popup it is sent exactly once.
import type { FrameLocator, Page } from 'playwright-core';
import type { Language, WebChatMessageEntityList } from '@acd/shared';
import { embedText } from '@acd/shared/embed';
import { SEED_IDS, type E2eSession } from './e2eSession';
import { agentView, gone, shows } from './locators';
import type { Names } from './names';
import { answerLoginPage, signInButtonName } from './platformLogin';
import { openSignInPopup, popupClosed } from './popupSignIn';

export interface TokenExpiryWalk {
  e2e: E2eSession;
  language: Language;
  names: Names;
  /** Seconds the agent's first token lives: long enough to sign in and pick up when loaded. */
  lifetimeSeconds: number;
  /** Opens the host and signs the agent in; `client` is where the agent client renders. */
  openAndSignIn: () => Promise<{ page: Page; client: Page | FrameLocator }>;
  agentId?: string;
  /** The agent as the login page lists them (the simulator's default: Alex Morgan). */
  agentName?: string;
  customer: string;
  reply: string;
}

/** Tokens issued from now on live this long (the simulator's control API). */
export function setTokenLifetime(e2e: E2eSession, expiresInSeconds: number): Promise<Response> {
  return fetch(new URL('/sim/tokens', e2e.demo.simulator.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ expiresInSeconds }),
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function walkTokenExpiry(walk: TokenExpiryWalk): Promise<void> {
  const { e2e, language, names, customer, reply } = walk;
  const agentId = walk.agentId ?? SEED_IDS.agentAlex;
  const say = (key: Parameters<typeof embedText>[1]) => embedText(language, key);
  expect((await setTokenLifetime(e2e, walk.lifetimeSeconds)).status).toBe(200);
  const { page, client } = await walk.openAndSignIn();
  const signedInAt = Date.now();
  const view = agentView(client, names);
  await shows(view.list, 'the interaction list after the sign-in');

  await e2e.setPresence(agentId, 'On Queue');
  const cid = await e2e.startChat(customer, SEED_IDS.queueSupport, 'Hello?');
  const alerting = view.row(customer, names.text('state.alerting'));
  await shows(alerting, 'the alerting chat');
  await view.button(alerting, names.pickUp).click();
  await shows(view.row(customer, names.text('state.connected')), 'the connected chat');
  await view.button(view.row(customer), names.chat).click();
  await shows(view.reply, 'the reply box');
  // Tokens issued from now on live a day; the agent's current one is about to expire.
  await setTokenLifetime(e2e, 86_400);
  const left = signedInAt + walk.lifetimeSeconds * 1000 + 500 - Date.now();
  // Else the token ran out before the chat was open, and this walk would test something else.
  expect(left).toBeGreaterThan(0);
  await sleep(left);

  await view.reply.fill(reply);
  await view.send.click();
  const again = client.getByRole('region', { name: say('signIn.again') });
  await shows(again, 'the sign-in-again prompt');
  await shows(again.getByText(say('signIn.expiredKeep')), 'why it is asked');
  const bodies = async () =>
    (
      await e2e.platform<WebChatMessageEntityList>(
        agentId,
        'GET',
        `/api/v2/conversations/chats/${cid}/messages`,
      )
    ).entities.map((m) => m.body);
  const sentTimes = async () => (await bodies()).filter((body) => body === reply).length;
  expect(await sentTimes()).toBe(0);
  // The client stayed mounted: the chat is still there, the reply waits.
  await shows(view.row(customer, names.text('state.connected')), 'the chat, still there');

  const popup = await openSignInPopup(page, again, signInButtonName(language));
  await answerLoginPage(popup, language, 'allow', walk.agentName);
  await popupClosed(popup);
  await gone(again, 'the sign-in-again prompt');
  const deadline = Date.now() + 20_000;
  while ((await sentTimes()) !== 1 && Date.now() < deadline) await sleep(200);
  expect(await sentTimes()).toBe(1);
  // Nothing sent twice: still once a moment later.
  await sleep(1500);
  expect(await sentTimes()).toBe(1);
  await shows(view.row(customer, names.text('state.connected')), 'the chat after signing in');
}
