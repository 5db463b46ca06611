// What a browser host imports: build or mount the client, sign in, keep the session.
export { createBrowserAgent, defaultBrowserStorage } from './createBrowserAgent';
export type { BrowserAgent, BrowserAgentOptions } from './createBrowserAgent';
export { mountAgentClient } from './mountAgentClient';
export type { MountedAgentClient, MountOptions } from './mountAgentClient';
export { createWebStorage } from './browserStorage';
export { createMemoryWebStorage } from './memoryWebStorage';
export { createSessionStore } from './sessionStore';
export { parseImplicitGrantFragment, withoutFragment } from './implicitGrant';
export type { PlatformSession, FragmentGrant } from './implicitGrant';
export { loginBaseUrlFor, SignInError } from './pkce';
export type { PkceConfig } from './pkce';
export { beginPkceLogin, completePkceLogin } from './pkceLogin';
export { SimulatorSignIn } from './SimulatorSignIn';
export { PlatformSignIn } from './PlatformSignIn';
export { listSimulatorAgents, signInToSimulator } from './simulatorSignIn';
export type { SimulatorAgent } from './simulatorSignIn';
export { createPageAttention } from './pageAttention';
export { embedText } from './embedText';
