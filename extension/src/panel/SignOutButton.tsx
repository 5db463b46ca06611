// The panel's Sign out button. Any panel may press it: it asks first, in this panel, when
// unsent work would be lost (a connected chat, an open wrap-up, a typed reply, the outbox),
// then the panel running the connection revokes the token and forgets the agent's work.
import { useState } from 'react';
import { embedText, selectUnsentWork } from '@acd/shared/embed';
import type { AgentView, Language } from '@acd/shared';

export interface SignOutButtonProps {
  view: AgentView;
  language: Language;
  signOut: () => Promise<boolean>;
}

export function SignOutButton({ view, language, signOut }: SignOutButtonProps) {
  const [revokeFailed, setRevokeFailed] = useState(false);
  return (
    <footer className="slds-p-around_x-small">
      {revokeFailed ? (
        <p role="alert" className="slds-text-color_error">
          {embedText(language, 'signIn.revokeFailed')}
        </p>
      ) : null}
      <button
        type="button"
        className="slds-button slds-button_neutral"
        onClick={() => {
          if (
            selectUnsentWork(view.store.getState()) &&
            !window.confirm(embedText(language, 'page.signOutWarning'))
          )
            return;
          void signOut().then((revoked) => {
            setRevokeFailed(!revoked);
          });
        }}
      >
        {embedText(language, 'signIn.signOut')}
      </button>
    </footer>
  );
}
