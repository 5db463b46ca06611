// Runs an admin request, keeping its failure as the platform's own message.
import { useCallback, useState } from 'react';
import { platformMessage } from '../app/platformMessage';

export function useAdminCall() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await call();
    } catch (failure) {
      setError(platformMessage(failure));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, error, busy };
}
