// Leaving the page (reload, close, logout) while a chat is connected or a wrap-up is owed
// asks the browser to confirm; the core restores everything after a reload (rule 12).
import { useEffect } from 'react';
import { useAppSelector } from '../../app/hooks';
import { selectLeaveNeedsConfirm } from '../../features/interactions/interactionSelectors';

export function useBeforeUnloadGuard(target: Window = window): boolean {
  const guard = useAppSelector(selectLeaveNeedsConfirm);
  useEffect(() => {
    if (!guard) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium before 119 and Safari only ask when returnValue is set.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      event.returnValue = '';
    };
    target.addEventListener('beforeunload', onBeforeUnload);
    return () => target.removeEventListener('beforeunload', onBeforeUnload);
  }, [guard, target]);
  return guard;
}
