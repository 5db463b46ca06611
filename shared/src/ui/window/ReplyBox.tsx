// The reply box (rule 5): Enter sends, Shift+Enter is a new line; an empty, over-long or
// undeliverable reply is refused with a reason and the text stays. The draft lives in the
// store, so switching chats or reloading keeps it (rule 12).
import { Button } from '../controls/Button';
import { Textarea } from '../controls/Textarea';
import { useId, useLayoutEffect, useState, type KeyboardEvent } from 'react';
import { useAppSelector } from '../../app/hooks';
import { MAX_MESSAGE_LENGTH } from '../../platform/platformTypes';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { selectDraft } from './windowSelectors';
import { dockAtBottom } from '../dom/dockAtBottom';

const ERROR_KEYS = {
  empty: 'reply.error.empty',
  tooLong: 'reply.error.tooLong',
  notConnected: 'reply.error.notConnected',
} as const;

export function ReplyBox({ conversationId }: { conversationId: string }) {
  const draft = useAppSelector((s) => selectDraft(s, conversationId));
  const api = useAgentApi();
  const { t } = useTranslate();
  const stored = draft?.text ?? '';
  // Local copy so typing never waits for the store; the store wins when it changes. Before
  // the next paint: Preact (the shipped runtime) runs a plain effect a frame later, when a
  // stale copy overwrote the keys typed meanwhile.
  const [text, setText] = useState(stored);
  useLayoutEffect(() => setText(stored), [stored]);
  const counterId = useId();

  const change = (value: string) => {
    setText(value);
    api.typeReply(conversationId, value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an IME composes (Japanese input), Enter confirms the conversion, not the reply.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    api.sendReply(conversationId);
  };

  const error = draft?.error;
  const tooLong = text.length > MAX_MESSAGE_LENGTH;
  return (
    // The docked area (its own element: the form element inside is the primitive's).
    <div ref={dockAtBottom} className="acd-reply slds-theme_default slds-p-vertical_x-small">
      <Textarea
        label={t('reply.label')}
        value={text}
        placeholder={t('reply.placeholder')}
        invalid={error !== undefined || tooLong}
        describedBy={counterId}
        error={
          error === undefined
            ? undefined
            : t(ERROR_KEYS[error], { length: text.length, max: MAX_MESSAGE_LENGTH })
        }
        onValueChange={change}
        onKeyDown={onKeyDown}
        below={
          <div className="slds-grid slds-grid_align-spread slds-grid_vertical-align-center slds-m-top_xx-small">
            <span
              id={counterId}
              className={`slds-text-body_small ${tooLong ? 'slds-text-color_error' : 'slds-text-color_weak'}`}
            >
              {t('reply.counter', { length: text.length, max: MAX_MESSAGE_LENGTH })}
            </span>
            <Button
              label={t('action.send')}
              variant="brand"
              onClick={() => api.sendReply(conversationId)}
            />
          </div>
        }
      />
    </div>
  );
}
