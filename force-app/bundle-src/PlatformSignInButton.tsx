// The sign-in for a real platform: one button that opens the platform's login window.
import { useId, useState } from 'react';
import { embedText } from '@acd/shared/embed/index';
import type { Language } from '@acd/shared/features/settings/settingsSlice';

export function PlatformSignInButton({
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
      className="slds-p-around_medium"
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
      <h2 id={titleId} className="slds-text-heading_small slds-m-bottom_small">
        {embedText(language, 'signIn.title')}
      </h2>
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
