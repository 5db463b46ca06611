// The framework's status ids and the platform's system presences.
import type { SystemPresence } from '@acd/shared';

const BY_ID: Record<string, SystemPresence> = {
  ON_QUEUE: 'On Queue',
  AVAILABLE: 'Available',
  AWAY: 'Away',
  BUSY: 'Busy',
  OFFLINE: 'Offline',
};

export function presenceFromStatusId(id: unknown): SystemPresence | undefined {
  if (typeof id !== 'string') return undefined;
  return BY_ID[
    id
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, '_')
  ];
}

export function statusIdOf(presence: SystemPresence): string {
  return presence.toUpperCase().replace(/\s+/g, '_');
}
