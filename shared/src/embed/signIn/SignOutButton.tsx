// The one Sign out button of the CRM hosts (Salesforce's utility item, every Zendesk view, every
// extension panel). It asks first when unsent work would be lost (the same question as the
// standalone page), then lets the host run the core's sign-out: where the core runs in this
// frame, signOutAgent; in a Zendesk view or an extension panel, a call to the page that holds
// the core.
import { useState } from 'react';
import type { Language } from '../../features/settings/settingsSlice';
import { embedText } from '../embedText';

export interface SignOutButtonProps {
  language: Language;
  /** Whether signing out now would drop a chat, wrap-up, typed reply or unsent message. */
  hasUnsentWork: () => boolean;
  /** Asks the agent (window.confirm in the host's frame); false keeps them signed in. */
  confirm: (question: string) => boolean;
  /** Runs once the agent agreed (or had nothing to lose). */
  signOut: () => Promise<unknown>;
}

export function SignOutButton({ language, hasUnsentWork, confirm, signOut }: SignOutButtonProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className="slds-grid slds-grid_align-end slds-p-around_x-small" lang={language}>
      {failure !== null && (
        <p role="alert" className="slds-text-color_error slds-m-right_small">
          {embedText(language, 'signOut.failed', { detail: failure })}
        </p>
      )}
      <button
        type="button"
        className="slds-button slds-button_neutral"
        disabled={busy}
        onClick={() => {
          if (hasUnsentWork() && !confirm(embedText(language, 'page.signOutWarning'))) return;
          setBusy(true);
          setFailure(null);
          // The host replaces this button with the sign-in once signed out; on failure the
          // agent reads why and may press it again.
          signOut().then(
            () => {
              setBusy(false);
            },
            (error: unknown) => {
              setBusy(false);
              setFailure(error instanceof Error ? error.message : String(error));
            },
          );
        }}
      >
        {embedText(language, 'signIn.signOut')}
      </button>
    </div>
  );
}
