// Test set-up through the platform API: the agent goes On Queue, as the status menu would.
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { SYSTEM_PRESENCE_IDS } from '@acd/shared';

export async function goOnQueue(
  simulatorUrl: string,
  token: string,
  userId: string = SEED_IDS.agentAlex,
): Promise<void> {
  const presence = await fetch(`${simulatorUrl}/api/v2/users/${userId}/presences/purecloud`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ presenceDefinition: { id: SYSTEM_PRESENCE_IDS['On Queue'] } }),
  });
  if (!presence.ok) throw new Error(`On Queue refused: ${presence.status}`);
}
