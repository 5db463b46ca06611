// Sign-out leaves nothing behind: the platform forgets the token (DELETE /api/v2/tokens/me,
// so a copied token stops working too) and this browser forgets the agent's stored drafts,
// wrap-up notes, outbox and CRM record choices. Unsent work is only dropped after the agent
// says so.
import { createSelector } from '@reduxjs/toolkit';
import type { RootState } from '../../app/rootReducer';
import type { AgentCore } from '../../app/createAgentCore';
import { signedOut } from '../../features/session/sessionSlice';
import { selectLeaveNeedsConfirm } from '../../features/interactions/interactionSelectors';

/** A chat or wrap-up still open, a reply typed but not sent, or one not yet confirmed. */
export const selectUnsentWork = createSelector(
  [selectLeaveNeedsConfirm, (s: RootState) => s.compose, (s: RootState) => s.outbox.ids.length],
  (leaveNeedsConfirm, drafts, outboxCount) =>
    leaveNeedsConfirm ||
    outboxCount > 0 ||
    drafts.ids.some((id) => (drafts.entities[id]?.text.trim() ?? '') !== ''),
);

/** Revokes the token; false when the platform could not be told (the token then expires). */
export async function revokeToken(
  platformBaseUrl: string,
  accessToken: string,
  { fetch: fetchImpl = fetch, timeoutMs = 5000 } = {},
): Promise<boolean> {
  try {
    const answer = await fetchImpl(new URL('/api/v2/tokens/me', platformBaseUrl), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${accessToken}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    // 401: already expired or revoked, which is what sign-out wants.
    return answer.ok || answer.status === 401;
  } catch {
    return false;
  }
}

export interface SignOutOptions {
  core: AgentCore;
  platformBaseUrl: string;
  accessToken: string | null;
  /** Asked only when unsent work would be lost; false keeps the agent signed in. */
  confirmLoss: () => boolean;
  fetch?: typeof fetch;
}

export type SignOutResult = { kind: 'kept' } | { kind: 'signedOut'; revoked: boolean };

export async function signOutAgent(options: SignOutOptions): Promise<SignOutResult> {
  const { core } = options;
  if (selectUnsentWork(core.store.getState()) && !options.confirmLoss()) return { kind: 'kept' };
  // Stopped first, so no debounced write puts the drafts back after they are removed.
  await core.api.stop();
  try {
    await core.api.forgetStoredWork();
  } catch (error) {
    // Still signed in (storage refused, e.g. a browser that blocks it): the client works on
    // rather than sitting stopped, and the host says why the sign-out failed.
    void core.api.start();
    throw error;
  }
  // Nothing of this agent's stays on screen either (a Zendesk view mirrors this store).
  core.store.dispatch(signedOut());
  const revoked =
    options.accessToken === null
      ? true
      : await revokeToken(options.platformBaseUrl, options.accessToken, {
          ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
        });
  return { kind: 'signedOut', revoked };
}
