// What the core asks of the CRM it lives in (Salesforce, Zendesk, or none). Adapters are
// thin: they translate these calls to the CRM's own API and back.

export interface CustomerIdentity {
  conversationId: string;
  name: string;
  email?: string;
}

/** A CRM record the agent can log against (Contact, Lead, Zendesk user or ticket). */
export interface CrmRecord {
  id: string;
  kind: string;
  label: string;
  url?: string;
}

export type ScreenPopResult =
  | { kind: 'none' }
  /** The host has no CRM records to look in (a plain page): nothing to pop, nothing to say. */
  | { kind: 'noCrm' }
  | { kind: 'opened'; record: CrmRecord }
  | { kind: 'choose'; records: CrmRecord[] };

export interface TranscriptLine {
  at: string;
  from: 'customer' | 'agent' | 'system';
  name: string;
  text: string;
}

/** Everything a CRM activity record of a finished chat carries. */
export interface InteractionLog {
  conversationId: string;
  customer: { name: string; email?: string };
  queue: { id: string; name: string };
  agentName: string;
  startTime: string;
  connectedTime?: string;
  endTime: string;
  durationSeconds: number;
  wrapupCode: { id: string; name: string };
  notes: string;
  transcript: TranscriptLine[];
  /** The record the agent chose or the screen pop opened, if any. */
  relatedRecord?: CrmRecord;
  /** Set when an earlier log of this interaction exists, so the CRM updates it. */
  existingRecordId?: string;
  /** All of the above as plain text in the agent's language: a CRM only decides where it goes. */
  text: InteractionLogText;
}

/** The call log rendered by the core (features/wrapup/interactionLogText.ts). */
export interface InteractionLogText {
  /** Customer, email, queue, agent, times, duration, wrap-up code and notes, one per line. */
  summary: string;
  /** The heading put before the transcript ("Transcript:"). */
  transcriptHeading: string;
  /** One "[time] name: text" line per confirmed message (system lines have no name). */
  transcript: string;
  /** Summary, heading and transcript together, as a note shows them in full. */
  full: string;
}

export interface Attention {
  alerting: number;
  unread: number;
  /** True when this client should ring (its ringing setting is on and a chat alerts). */
  ring: boolean;
}

export interface CrmContext {
  /** The record in view (a ticket, an account...), if the CRM shows one. */
  record?: CrmRecord;
  locale?: string;
}

export interface CrmAdapter {
  /** Finds the customer in the CRM and opens their record when exactly one matches. */
  screenPop: (customer: CustomerIdentity) => Promise<ScreenPopResult>;
  /** Writes the activity record; resolves with its id. Rejects to be retried. */
  logInteraction: (log: InteractionLog) => Promise<{ recordId: string }>;
  /** Highlights the client in the CRM (utility bar label, sidebar notification...). */
  setAttention: (attention: Attention) => void;
  currentContext: () => Promise<CrmContext>;
}
