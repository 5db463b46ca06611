// The demo's customer panel starts a web messaging conversation through the simulator's Guest
// API socket; the agent, in the framed client, picks it up and answers; the customer sees the
// reply in the panel. In English and Japanese (the client's language and the panel's words).
import { describeInBrowser } from './harness/describeInBrowser';
import { SEED_IDS, startE2eSession, type E2eSession } from './harness/e2eSession';
import { agentView, shows } from './harness/locators';
import { LANGUAGES, namesFor } from './harness/names';
import { panelWords } from '../apps/demo/panelWords';

/** The name the agent sees: the Guest API carries no customer name. */
const GUEST = 'Web messaging guest';

describeInBrowser('web messaging from the demo customer panel', () => {
  let e2e: E2eSession;

  beforeAll(async () => {
    e2e = await startE2eSession();
  });
  afterAll(async () => {
    await e2e.close();
  });

  it.each(LANGUAGES)(
    'the customer writes, the agent answers, the customer sees it (%s)',
    async (language) => {
      await e2e.reset();
      const names = namesFor(language);
      const words = panelWords(language);
      const context = await e2e.browser.newContext({
        locale: language === 'ja' ? 'ja-JP' : 'en-US',
        viewport: { width: 1100, height: 900 },
      });
      try {
        const demo = await context.newPage();
        await demo.goto(e2e.demo.demoUrl);
        await demo.getByLabel('Client language').selectOption(language);
        const agent = agentView(demo.frameLocator('iframe[title="Agent client"]'), names);
        await shows(agent.list, 'the agent list');
        await e2e.setPresence(SEED_IDS.agentAlex, 'On Queue');

        // The choice of kind is a radio group, used from the keyboard.
        const chat = demo.getByRole('radio', { name: words.chat, exact: true });
        await chat.focus();
        await demo.keyboard.press('ArrowDown');
        expect(
          await demo.getByRole('radio', { name: words.message, exact: true }).isChecked(),
        ).toBe(true);
        await demo.getByLabel('First message').fill('Where is my parcel?');
        await demo.getByRole('button', { name: words.start('message'), exact: true }).click();
        const transcript = demo.getByRole('list', { name: words.transcriptOf('Pat Lee') });
        await shows(
          transcript.getByText('Where is my parcel?'),
          'the customer message in the panel',
        );

        const alerting = agent.row(GUEST, names.text('state.alerting'));
        await shows(alerting, 'the messaging conversation alerting');
        await agent.button(alerting, names.pickUp).click();
        const connected = agent.row(GUEST, names.text('state.connected'));
        await shows(connected, 'the conversation connected');
        await agent.button(connected, names.chat).click();
        await shows(
          demo.frameLocator('iframe[title="Agent client"]').getByText('Where is my parcel?'),
          "the customer's message in the agent's window",
        );
        await agent.reply.fill('It is on its way.');
        await agent.send.click();
        await shows(transcript.getByText('It is on its way.'), "the agent's reply in the panel");
        await shows(transcript.getByText(`${words.agent}:`), 'the reply marked as the agent');

        // The panel fits 340 px: nothing in it is wider than its column.
        await demo.setViewportSize({ width: 340, height: 800 });
        const overflow = await demo
          .getByRole('region', { name: 'Customer simulator' })
          .evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await context.close();
      }
    },
  );
});
