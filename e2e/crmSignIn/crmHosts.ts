// The two CRM hosts as the popup sign-in test opens them, each on loopback beside the demo
// server (whose /callback/ is the OAuth clients' redirect URI): the Salesforce bundle
// evaluated inside the LWS membrane on a Lightning stand-in page, and the Zendesk app in its
// ZAF host page (the real SDK) with a background and two ticket sidebars.
import type { BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import type { Language } from '@acd/shared';
import type { E2eSession } from '../harness/e2eSession';
import { startLwsPage, type LwsPage } from '../salesforce/lwsPage';
import {
  appFrame,
  frameOf,
  missingBuild,
  startZendeskWorkspace,
  zafHost,
  type ZendeskWorkspace,
} from '../zendesk/zendeskWorkspace';

export interface OpenedHost {
  page: Page;
  context: BrowserContext;
  /** Where the agent client (and its sign-in) shows. */
  client: Page | FrameLocator;
  /** Another view of the same agent (Zendesk's second sidebar), or null. */
  otherView: FrameLocator | null;
  /** The frame whose Web Storage holds the agent's stored work. */
  storageFrame: () => Frame;
}

export interface CrmHost {
  name: 'Salesforce' | 'Zendesk';
  open(options: {
    clientId: string;
    beforeLoad?: (context: BrowserContext) => Promise<void>;
  }): Promise<OpenedHost>;
  /** After each test: what that test's open() started. */
  closeOpened(): Promise<void>;
  /** After all tests. */
  dispose(): Promise<void>;
}

const callbackUrl = (e2e: E2eSession) => new URL('/callback/', e2e.demo.url).toString();
const localeOf = (language: Language) => (language === 'ja' ? 'ja-JP' : 'en-US');

export async function salesforceHost(e2e: E2eSession, language: Language): Promise<CrmHost> {
  const lws: LwsPage = await startLwsPage(e2e.demo.simulator.url);
  return {
    name: 'Salesforce',
    async open({ clientId, beforeLoad }) {
      const page = await lws.open(e2e.browser, {
        membrane: true,
        locale: localeOf(language),
        ...(beforeLoad === undefined ? {} : { beforeLoad: (p) => beforeLoad(p.context()) }),
        mount: {
          settings: {
            platformBaseUrl: e2e.demo.simulator.url,
            language,
            ringing: false,
            callLogging: false,
          },
          signIn: 'oauth',
          oauthClientId: clientId,
          callbackUrl: callbackUrl(e2e),
        },
      });
      return {
        page,
        context: page.context(),
        client: page,
        otherView: null,
        storageFrame: () => page.mainFrame(),
      };
    },
    closeOpened: () => Promise.resolve(),
    dispose: () => lws.close(),
  };
}

export function zendeskHost(e2e: E2eSession, language: Language): CrmHost {
  const problem = missingBuild();
  if (problem !== null) throw new Error(problem);
  const workspaces: ZendeskWorkspace[] = [];
  return {
    name: 'Zendesk',
    async open({ clientId, beforeLoad }) {
      // A workspace per test: its app origin (a fresh port) starts with empty storage.
      const workspace = await startZendeskWorkspace({
        settings: {
          platformBaseUrl: e2e.demo.simulator.url,
          oauthClientId: clientId,
          signIn: 'oauth',
          callbackUrl: callbackUrl(e2e),
          callLogging: false,
          autoAnswer: false,
          ringingDefault: false,
        },
        currentUser: {
          id: 1,
          name: 'Alex Morgan',
          email: 'alex.morgan@example.com',
          locale: localeOf(language),
        },
        users: [],
        tickets: [
          {
            id: 101,
            subject: 'Printer on fire',
            status: 'open',
            requester_id: 7002,
            created_at: '2024-05-01T10:00:00Z',
            requester: { id: 7002, name: 'Sam Other', email: 'sam.other@example.com' },
          },
          {
            id: 102,
            subject: 'Invoice question',
            status: 'open',
            requester_id: 7002,
            created_at: '2024-05-02T10:00:00Z',
            requester: { id: 7002, name: 'Sam Other', email: 'sam.other@example.com' },
          },
        ],
      });
      workspaces.push(workspace);
      const context = await e2e.browser.newContext({
        locale: localeOf(language),
        viewport: { width: 1000, height: 900 },
      });
      if (beforeLoad !== undefined) await beforeLoad(context);
      const page = await context.newPage();
      page.on('close', () => void context.close().catch(() => undefined));
      await page.goto(workspace.zendeskUrl);
      const host = zafHost(page);
      const background = await host.open('background');
      const first = await host.open('ticket_sidebar', 101);
      const second = await host.open('ticket_sidebar', 102);
      await host.activate(first);
      return {
        page,
        context,
        client: appFrame(page, first),
        otherView: appFrame(page, second),
        storageFrame: () => frameOf(page, background),
      };
    },
    async closeOpened() {
      for (const workspace of workspaces.splice(0)) await workspace.close();
    },
    dispose: () => Promise.resolve(),
  };
}
