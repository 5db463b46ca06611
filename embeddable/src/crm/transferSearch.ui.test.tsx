// The core's transfer dialog on this host's search: a framework contact who is an agent on
// the platform is offered under Agents and the chat goes to that agent (a blind transfer).
import type { Queue, User } from '@acd/shared';
import { AgentApp } from '@acd/shared/ui';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../shared/testing/ui/renderWithProviders';
import { chat, sceneState } from '../../../shared/testing/ui/uiFixtures';
import type { SearchTarget } from '../framework/frameworkConfig';
import type { FrameworkFile } from '../framework/frameworkTypes';
import { createTransferSearch } from './transferSearch';

const yuki = {
  id: 'agent-yuki',
  name: 'Yuki Tanaka',
  email: 'yuki.tanaka@example.com',
  state: 'active',
} as User;

const contactSearch: FrameworkFile['contactSearch'] = (text, onSuccess) => {
  onSuccess(
    text === 'Acme'
      ? [
          { id: '003A', name: 'Yuki Tanaka (Acme owner)', email: 'yuki.tanaka@example.com' },
          { id: '003B', name: 'Acme front desk', email: 'desk@acme.example' },
        ]
      : [],
  );
};

function openTransfer(language: 'en' | 'ja', targets: SearchTarget[]) {
  const reportFailure = jest.fn();
  const search = createTransferSearch({
    api: {
      // The platform knows Yuki by her email only; "Acme" is nobody's name there.
      searchUsers: (text) => Promise.resolve(text === yuki.email ? [yuki] : []),
      searchQueues: () => Promise.resolve([] as Queue[]),
    },
    targets,
    framework: { contactSearch },
    timeoutMs: 1_000,
    reportFailure,
  });
  const view = renderWithProviders(<AgentApp ring={{ playTone: jest.fn(), notify: jest.fn() }} />, {
    platform: search,
    preloadedState: sceneState({
      settings: { language },
      interactions: [chat('c1', 'Ada Lovelace', { state: 'connected' })],
    }),
  });
  return { ...view, reportFailure };
}

const words = {
  en: {
    transfer: 'Transfer',
    toYuki: 'Transfer to Yuki Tanaka',
    agents: 'Agents',
    none: 'No match.',
  },
  ja: { transfer: '転送', toYuki: 'Yuki Tanaka に転送', agents: 'エージェント', none: '該当なし' },
};

async function searchFor(language: 'en' | 'ja', text: string) {
  const row = screen.getByRole('listitem', { name: /^Ada Lovelace/ });
  await userEvent.click(within(row).getByRole('button', { name: words[language].transfer }));
  const dialog = screen.getByRole('dialog', { name: words[language].transfer });
  await userEvent.type(within(dialog).getByRole('searchbox'), text);
  return dialog;
}

describe('framework contacts in the transfer dialog', () => {
  it.each(['en', 'ja'] as const)(
    'offers the contact who is an agent and transfers the chat to them (%s)',
    async (language) => {
      const { calls } = openTransfer(language, ['people', 'queues', 'frameworkContacts']);
      const dialog = await searchFor(language, 'Acme');
      const toYuki = await within(dialog).findByRole('button', { name: words[language].toYuki });
      expect(within(dialog).getByRole('list', { name: words[language].agents })).toContainElement(
        toYuki,
      );
      // The front desk is no agent: nothing could take the chat there.
      expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
      await userEvent.click(toYuki);
      expect(calls).toContainEqual({
        name: 'transfer',
        args: ['c1', { userId: 'agent-yuki' }, 'Yuki Tanaka'],
      });
    },
  );

  it('finds nobody through the CRM when frameworkContacts is not a target', async () => {
    openTransfer('en', ['people', 'queues']);
    const dialog = await searchFor('en', 'Acme');
    expect(await within(dialog).findByText(words.en.none)).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: words.en.toYuki })).toBeNull();
  });
});
