// The agent-facing words for a failed sign-in. Apart from the sign-in form so that a page's
// start-up code can say why without loading the form's UI code.
import type { Language } from '../features/settings/settingsSlice';
import { embedText } from './embedText';
import type { SignInFailure } from './pkce';

const FAILURE_TEXT = {
  blocked: 'signIn.blocked',
  cancelled: 'signIn.cancelled',
  stateMismatch: 'signIn.stateMismatch',
  notStarted: 'signIn.notStarted',
} as const;

/** The agent-facing words for a failed sign-in, in their language. */
export function signInFailureText(language: Language, reason: SignInFailure, detail: string) {
  return reason === 'refused'
    ? embedText(language, 'signIn.refused', { detail })
    : embedText(language, FAILURE_TEXT[reason]);
}
