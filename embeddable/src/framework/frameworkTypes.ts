// The contract between the client and the integrator's framework.js, with the real Embeddable
// Framework's names: `window.Framework` (the file's) and `window.PureCloud` (ours).

/** What the file's callbacks receive for one chat: the framework's condensed interaction. */
export interface CondensedInteraction {
  id: string;
  /** The framework's spelling: `Inbound` / `Outbound`. */
  direction: 'Inbound' | 'Outbound';
  /** Upper case, as the framework reports it: ALERTING, CONNECTED, HELD, DISCONNECTED, TERMINATED. */
  state: string;
  isChat: true;
  isConnected: boolean;
  isDisconnected: boolean;
  isHeld: boolean;
  /** True once the wrap-up is done (or none was owed). */
  isDone: boolean;
  name: string;
  /** The customer's address: for a chat, their email. */
  displayAddress: string;
  email?: string;
  queueName: string;
  startTime: string;
  connectedTime?: string;
  endTime?: string;
  /** The conversation attributes named in `config.customInteractionAttributes`. */
  attributes: Record<string, string>;
}

export type CallLogEventName =
  | 'interactionChanged'
  | 'interactionDisconnected'
  | 'interactionChangedAfterDisconnect'
  | 'interactionACWCompleted'
  | 'interactionRemoved';

export interface CallLogAssociation {
  type: string;
  id: string;
  text: string;
}

/** What `processCallLog` and `openCallLog` receive; `id` once the CRM returned one. */
export interface CallLog {
  id?: string;
  subject?: string;
  notes: string;
  selectedContact?: CallLogAssociation;
  selectedRelation?: CallLogAssociation;
  wrapupCode?: string;
  transcript?: { from: string; name: string; text: string; at: string }[];
}

/** One result of `contactSearch` (the framework's external-contact shape, loosely). */
export interface FrameworkContact {
  id?: string;
  name?: string;
  type?: string;
  email?: string;
  url?: string;
  /** The documented shape's numbers (a chat cannot go to one). */
  phone?: { number?: string; label?: string }[];
  attributes?: Record<string, unknown>;
}

export type SuccessCallback<T> = (result: T) => void;
export type FailureCallback = (error?: unknown) => void;

/** `window.Framework` as a file may define it: every part optional until read. */
export interface FrameworkFile {
  config?: unknown;
  initialSetup?: () => void;
  screenPop?: (
    searchString: string,
    interaction: CondensedInteraction,
    callback?: () => void,
  ) => void;
  processCallLog?: (
    callLog: CallLog,
    interaction: CondensedInteraction,
    eventName: CallLogEventName,
    onSuccess: SuccessCallback<{ id?: unknown }>,
    onFailure: FailureCallback,
  ) => void;
  openCallLog?: (callLog: CallLog, interaction: CondensedInteraction) => void;
  contactSearch?: (
    searchString: string,
    onSuccess: SuccessCallback<unknown>,
    onFailure: FailureCallback,
  ) => void;
}
