// What a browser host imports: build or mount the client, sign in, keep the session.
export { createBrowserAgent, defaultBrowserStorage } from './createBrowserAgent';
export type { BrowserAgent, BrowserAgentOptions } from './createBrowserAgent';
export { mountAgentClient } from './mountAgentClient';
export { showStartFailure, type StartFailureOptions } from './showStartFailure';
export { selectStartUpSettled, whenStartUpSettles } from './startUpSettled';
export { sendHeadStart } from '../platform/headStart';
export type { HeadStart, HeadStartOptions } from '../platform/headStart';
export type { MountedAgentClient, MountOptions } from './mountAgentClient';
export { createWebStorage } from './browserStorage';
export { createMemoryWebStorage } from './memoryWebStorage';
export {
  createSessionStore,
  isSavedSession,
  type SavedSession,
  type SessionStore,
} from './sessionStore';
export { parseImplicitGrantFragment, withoutFragment } from './implicitGrant';
export type { PlatformSession, FragmentGrant } from './implicitGrant';
export { loginBaseUrlFor, SignInError } from './pkce';
export type { PkceConfig, SignInFailure } from './pkce';
export { beginPkceLogin, completePkceLogin, pendingReturnTo } from './pkceLogin';
export { SimulatorSignIn } from './SimulatorSignIn';
export { PlatformSignIn } from './PlatformSignIn';
export { signInFailureText } from './signInFailureText';
// The one sign-in module: settings, the component, popup + callback page, re-sign-in, sign-out.
export { SignIn } from './signIn/SignIn';
export type { SignInFlow, SignInProps } from './signIn/SignIn';
export { readSignInSettings, SignInSettingsError } from './signIn/signInSettings';
export type { SignInMode, SignInSettings, RawSignInSettings } from './signIn/signInSettings';
export { signInWithPopup } from './signIn/popupSignIn';
export { signInWithWebAuthFlow, webAuthFlow } from './signIn/webAuthFlow';
export type { WebAuthFlowLauncher } from './signIn/webAuthFlow';
export type { PopupSignInConfig } from './signIn/popupSignIn';
export { runCallbackPage } from './signIn/callbackPage';
export type { CallbackOutcome } from './signIn/callbackPage';
export { createReauthGate } from './signIn/reauthGate';
export type { ReauthGate } from './signIn/reauthGate';
export { SignInAgain, showSignInAgainWhenExpired } from './signIn/SignInAgain';
export type {
  SignInAgainProps,
  SignInAgainRegion,
  SignInAgainRegionOptions,
} from './signIn/SignInAgain';
export { revokeToken, selectUnsentWork, signOutAgent } from './signIn/signOut';
export type { SignOutResult } from './signIn/signOut';
export { SignOutButton } from './signIn/SignOutButton';
export { sessionFailureDetail, useSessionHandOver } from './signIn/useSessionHandOver';
export type { SignOutButtonProps } from './signIn/SignOutButton';
export { listSimulatorAgents, signInToSimulator } from './simulatorSignIn';
export type { SimulatorAgent } from './simulatorSignIn';
export { createPageAttention } from './pageAttention';
export { embedText } from './embedText';
