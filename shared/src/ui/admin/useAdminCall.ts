// Runs an admin request, keeping its failure as the platform's own message.
import { useCallback, useState } from 'react';
import { platformMessage } from '../app/platformMessage';

export function useAdminCall() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // `keepError`: a reload after a change must not clear that change's failure (a refused
  // delete vanished before it was seen); the reload's own failure still replaces it.
  const run = useCallback(
    async <T>(call: () => Promise<T>, keepError = false): Promise<T | undefined> => {
      setBusy(true);
      if (!keepError) setError(null);
      try {
        return await call();
      } catch (failure) {
        setError(platformMessage(failure));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  return { run, error, busy };
}
