// Customer text cannot disguise itself or the client's own words with bidi controls: each
// piece sits in its own isolate (an element with dir="auto"), and an address holding a control is never a link.
import { screen, within } from '@testing-library/react';
import { AgentApp } from '../app/AgentApp';
import { installFakeLayout } from '../../../testing/ui/fakeLayout';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { chat, message, sceneState, transcript, wrapupForm } from '../../../testing/ui/uiFixtures';
import { linkify } from './linkify';

const RLO = '\u202E';
const at = (second: number) => new Date(Date.UTC(2024, 4, 1, 10, 0, second)).toISOString();

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = installFakeLayout();
});
afterAll(() => restoreLayout());

/** The nearest element that isolates `node`'s text from what surrounds it. */
const isolate = (node: Element | null): Element | null => node?.closest('[dir="auto"]') ?? null;

describe('bidi isolation of customer text', () => {
  it('never links an address that holds a bidi control; others still link', () => {
    expect(linkify(`see https://example.com/${RLO}fdp.exe now`)).toEqual([
      { kind: 'text', text: `see https://example.com/${RLO}fdp.exe now` },
    ]);
    for (const control of ['\u202A', '\u202B', '\u202D', '\u2066', '\u2067', '\u2068', '\u200F']) {
      expect(linkify(`https://exa${control}mple.com/`).some((p) => p.kind === 'link')).toBe(false);
    }
    expect(linkify('go to https://example.com/help.')).toEqual([
      { kind: 'text', text: 'go to ' },
      { kind: 'link', text: 'https://example.com/help', href: 'https://example.com/help' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('isolates the name, the message parts, the tab, the heading and the wrap-up title', () => {
    const name = `Eve ${RLO}evil`;
    const body = `invoice_${RLO}fdp.exe and https://example.com/${RLO}gpj.exe then https://ok.example/x`;
    const { container } = renderWithProviders(
      <AgentApp ring={{ playTone: jest.fn(), notify: jest.fn() }} />,
      {
        preloadedState: sceneState({
          interactions: [
            chat('c1', name, { state: 'connected' }),
            chat('c2', name, { state: 'disconnected' }),
          ],
          openIds: ['c1'],
          selectedId: 'c1',
          transcripts: [transcript('c1', [message('m1', 'customer', body, at(1))])],
          wrapups: [wrapupForm('c2')],
        }),
        platform: { listWrapupCodes: () => new Promise(() => undefined) },
      },
    );

    // Only the clean address is a link; the one with an override stays text.
    const log = screen.getByRole('log', { name: 'Transcript' });
    const links = within(log).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://ok.example/x']);
    expect(isolate(links[0] ?? null)).not.toBeNull();
    // The message is one isolate, and the part holding the override is its own isolate.
    const disguised = within(log).getByText(
      (_t, el) => el?.textContent.startsWith('invoice_') === true && el.children.length === 0,
    );
    expect(disguised).toHaveAttribute('dir', 'auto');
    expect(disguised.parentElement?.closest('[dir="auto"]')).not.toBeNull();

    // Every place the name shows: the list rows, the tab, the panel heading, the transcript's
    // speaker, the wrap-up heading. Each holds it in an isolate whose text is the name alone.
    const isolatedNames = [...container.querySelectorAll('[dir="auto"]')].filter(
      (b) => b.textContent === name,
    );
    const where = isolatedNames.map((b) =>
      b.closest('[role="tab"]') !== null
        ? 'tab'
        : b.closest('h3') !== null
          ? 'panel heading'
          : b.closest('.acd-line') !== null
            ? 'speaker'
            : b.closest('.acd-wrapup') !== null
              ? 'wrap-up heading'
              : b.closest('li') !== null
                ? 'row'
                : 'elsewhere',
    );
    expect(where.sort()).toEqual(
      ['panel heading', 'row', 'row', 'speaker', 'tab', 'wrap-up heading'].sort(),
    );
    // No customer text sits loose in a text node next to the client's own words.
    for (const node of container.querySelectorAll('*')) {
      for (const child of node.childNodes) {
        if (child.nodeType === 3 && child.textContent?.includes(RLO) === true) {
          expect(isolate(node)).not.toBeNull();
        }
      }
    }
  });
});
