// The standalone page's view: Preact, the design system and the agent UI, most of the page's
// bytes. The core (startStandalone) imports it as it starts, and the build preloads it beside
// the core, so the browser compiles the two on two background threads and the core starts
// (its sagas take the head start's answers) while the view is still compiling; the client
// renders once both are in.
import { createRoot } from 'react-dom/client';
import { SignIn, type SignInProps } from '@acd/shared/embed';

export { mountAgentClient, showSignInAgainWhenExpired } from '@acd/shared/embed';

/** Shows the sign-in form in `element`; returns what removes it. */
export function renderSignIn(element: HTMLElement, props: SignInProps): () => void {
  const root = createRoot(element);
  root.render(<SignIn {...props} />);
  return () => root.unmount();
}
