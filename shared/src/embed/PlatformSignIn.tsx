// Sign-in on a real platform: one button; the host decides how the PKCE login runs (the
// standalone page leaves for the login page, the Salesforce panel opens a popup).
import { useId, useState } from 'react';
import type { Language } from '../features/settings/settingsSlice';
import { embedText } from './embedText';

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
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="slds-box slds-theme_default slds-m-around_medium"
      aria-labelledby={titleId}
      lang={language}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        onSignIn().catch((caught: unknown) => {
          setBusy(false);
          setError(embedText(language, 'signIn.failed', { detail: (caught as Error).message }));
        });
      }}
    >
      <h1 id={titleId} className="slds-text-heading_medium slds-m-bottom_small">
        {embedText(language, 'signIn.title')}
      </h1>
      {notice !== undefined && <p role="status">{notice}</p>}
      {error !== null && (
        <p role="alert" className="slds-text-color_error">
          {error}
        </p>
      )}
      <button type="submit" className="slds-button slds-button_brand" disabled={busy}>
        {embedText(language, 'signIn.withPlatform')}
      </button>
    </form>
  );
}
