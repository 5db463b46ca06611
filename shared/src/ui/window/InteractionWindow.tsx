// The interaction window (rules 4, 6): a tab per open chat; the selected chat is the
// connected one, the others are held by the core when the agent switches.
import { useCallback, type KeyboardEvent } from 'react';
import { useAppSelector } from '../../app/hooks';
import { selectOpenIds, selectSelectedId } from '../../features/interactions/interactionSelectors';
import { useTranslate } from '../app/useTranslate';
import { ChatPanel } from './ChatPanel';
import { ChatTab } from './ChatTab';

const PANEL_ID = 'acd-chat-panel';

export function InteractionWindow() {
  const openIds = useAppSelector(selectOpenIds);
  const selectedId = useAppSelector(selectSelectedId);
  const { t } = useTranslate();

  // Arrows move focus between tabs; Enter or Space selects (selecting holds the others).
  const onArrow = useCallback((event: KeyboardEvent<HTMLButtonElement>, id: string) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const tabs = Array.from(
      event.currentTarget
        .closest('[role="tablist"]')
        ?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [],
    );
    const at = tabs.findIndex((tab) => tab.dataset.conversationId === id);
    tabs[(at + step + tabs.length) % tabs.length]?.focus();
    event.preventDefault();
  }, []);

  const shown = selectedId !== null && openIds.includes(selectedId) ? selectedId : null;
  return (
    <section className="acd-window slds-tabs_default" aria-label={t('window.label')}>
      {openIds.length === 0 ? (
        <p className="slds-p-around_x-small slds-text-color_weak">{t('window.empty')}</p>
      ) : (
        // Many or long-named tabs scroll inside the strip, never the page sideways.
        <ul
          className="slds-tabs_default__nav slds-scrollable_x"
          role="tablist"
          aria-label={t('window.tabs')}
        >
          {openIds.map((id) => (
            <ChatTab
              key={id}
              id={id}
              selected={id === shown}
              panelId={PANEL_ID}
              onArrow={onArrow}
            />
          ))}
        </ul>
      )}
      {shown !== null && (
        <div
          id={PANEL_ID}
          role="tabpanel"
          aria-labelledby={`acd-tab-${shown}`}
          className="slds-tabs_default__content slds-show"
        >
          <ChatPanel conversationId={shown} />
        </div>
      )}
    </section>
  );
}
