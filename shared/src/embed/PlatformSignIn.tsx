// Sign-in on a real platform: one button; the host decides how the PKCE login runs (the
// standalone page leaves for the login page, the CRM panels open a popup). A blocked popup
// needs a new click, so the notice comes with a button to try again.
import { useId, useState } from 'react';
import type { Language } from '../features/settings/settingsSlice';
import { embedText } from './embedText';
import { SignInError } from './pkce';
import { signInFailureText } from './signInFailureText';

export function PlatformSignIn({
  language,
  notice,
  onSignIn,
}: {
  language: Language;
  notice?: string;
  onSignIn: () => Promise<void>;
}) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; retry: boolean } | null>(null);
  return (
    <form
      className="slds-box slds-theme_default slds-m-around_medium"
      aria-labelledby={titleId}
      lang={language}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setFailure(null);
        onSignIn().then(
          () => {
            setBusy(false);
          },
          (caught: unknown) => {
            setBusy(false);
            const reason = caught instanceof SignInError ? caught.reason : null;
            setFailure({
              text:
                reason === null
                  ? embedText(language, 'signIn.failed', { detail: (caught as Error).message })
                  : signInFailureText(
                      language,
                      reason,
                      caught instanceof Error ? caught.message : '',
                    ),
              retry: true,
            });
          },
        );
      }}
    >
      <h1 id={titleId} className="slds-text-heading_medium slds-m-bottom_small">
        {embedText(language, 'signIn.title')}
      </h1>
      {notice !== undefined && <p role="status">{notice}</p>}
      {failure !== null && (
        <p role="alert" className="slds-text-color_error">
          {failure.text}
        </p>
      )}
      <button type="submit" className="slds-button slds-button_brand" disabled={busy}>
        {failure?.retry === true
          ? embedText(language, 'signIn.retry')
          : embedText(language, 'signIn.withPlatform')}
      </button>
    </form>
  );
}
