// The wrap-up panel (rules 8-12): a code from the chat's queue, Notes when call logging is
// off, Done; closing without Done leaves the red marker. Code and notes live in the store.
import { Button } from '../controls/Button';
import { Textarea } from '../controls/Textarea';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useAppSelector } from '../../app/hooks';
import { selectInteraction } from '../../features/interactions/interactionSelectors';
import { selectQueueCodes, selectWrapupForm } from '../../features/wrapup/wrapupSelectors';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { WrapupCodeCombobox } from './WrapupCodeCombobox';
import { Translated } from '../app/Translated';
import { dockAtBottom } from '../dom/dockAtBottom';

const NO_CODES: never[] = [];

export function WrapupPanel({ conversationId }: { conversationId: string }) {
  const form = useAppSelector((s) => selectWrapupForm(s, conversationId));
  const interaction = useAppSelector((s) => selectInteraction(s, conversationId));
  const queueCodes = useAppSelector((s) => selectQueueCodes(s, interaction?.queue.id ?? ''));
  const callLogging = useAppSelector((s) => s.settings.callLogging);
  const api = useAgentApi();
  const { t } = useTranslate();
  const headingId = useId();
  const errorId = useId();
  const codesFailedId = useId();
  const panel = useRef<HTMLElement>(null);
  const storedNotes = form?.notes ?? '';
  const [notes, setNotes] = useState(storedNotes);
  // Before the next paint, as the reply box: a later copy could overwrite keys typed since.
  useLayoutEffect(() => setNotes(storedNotes), [storedNotes]);
  if (form === undefined || interaction === undefined) return null;

  const error =
    form.error === 'noCode'
      ? t('wrapup.error.noCode')
      : form.error === 'rejected'
        ? t('wrapup.error.rejected', { detail: form.errorDetail ?? '' })
        : undefined;

  return (
    <section
      ref={panel}
      className="acd-wrapup slds-box slds-theme_default slds-m-around_x-small"
      aria-label={t('wrapup.label')}
      aria-describedby={headingId}
    >
      {/* The heading wraps between words in the room left; Close never shrinks (it used to
          squeeze to one character per line at 340 px in Japanese). */}
      <div className="slds-grid slds-grid_vertical-align-start">
        <h2
          id={headingId}
          className="slds-col slds-has-flexi-truncate slds-text-heading_small slds-hyphenate"
        >
          <Translated
            k="wrapup.heading"
            params={{ name: interaction.customer.name, queue: interaction.queue.name }}
          />
        </h2>
        <Button
          label={t('action.close')}
          variant="base"
          className="slds-shrink-none slds-m-left_x-small"
          onClick={() => api.closeWrapup(conversationId)}
        />
      </div>
      {queueCodes?.status === 'loading' && <p role="status">{t('wrapup.codesLoading')}</p>}
      {queueCodes?.status === 'failed' && (
        <div className="slds-grid slds-grid_vertical-align-center">
          <p
            id={codesFailedId}
            role="alert"
            className="slds-col slds-has-flexi-truncate slds-text-color_error"
          >
            {t('wrapup.codesFailed')}
          </p>
          <Button
            label={t('action.retry')}
            aria-describedby={codesFailedId}
            className="slds-shrink-none slds-m-left_x-small"
            onClick={() => {
              api.retryWrapupCodes(conversationId);
              // This button goes while the codes load: the keyboard carries on at the code
              // picker, where the agent goes next, not at the top of the page.
              panel.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
            }}
          />
        </div>
      )}
      <WrapupCodeCombobox
        label={t('wrapup.code')}
        placeholder={t('wrapup.codePlaceholder')}
        noMatch={t('wrapup.noMatch')}
        codes={queueCodes?.codes ?? NO_CODES}
        value={form.codeId}
        invalid={form.error === 'noCode'}
        errorId={error === undefined ? undefined : errorId}
        onChoose={(codeId) => api.chooseWrapupCode(conversationId, codeId)}
      />
      {callLogging ? (
        <p className="slds-text-body_small slds-text-color_weak slds-m-top_x-small">
          {t('wrapup.notesLogged')}
        </p>
      ) : (
        <Textarea
          className="slds-m-top_x-small"
          label={t('wrapup.notes')}
          value={notes}
          onValueChange={(value) => {
            setNotes(value);
            api.writeNotes(conversationId, value);
          }}
        />
      )}
      {error !== undefined && (
        <p id={errorId} role="alert" className="slds-text-color_error slds-m-top_x-small">
          {error}
        </p>
      )}
      <div ref={dockAtBottom} className="slds-theme_default slds-p-top_small slds-p-bottom_x-small">
        <Button
          label={t('action.done')}
          variant="brand"
          onClick={() => api.finishWrapup(conversationId)}
        />
      </div>
    </section>
  );
}
