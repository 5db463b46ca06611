// Where a host keeps the install-wide client settings, when it lets the client write them
// (Zendesk: the app installation's settings, through the Support API). Hosts that cannot
// store them from the client (the Salesforce utility item's properties, the embeddable
// client's config.json, an extension's managed storage) pass no store, and the admin panel
// shows the values read-only with where to change them.

/** The settings an admin sets for every client of the installation. */
export interface InstallSettings {
  callLogging: boolean;
  autoAnswer: boolean;
  /** Each client's starting value; an agent may still turn ringing off for themself. */
  ringingDefault: boolean;
}

export interface InstallSettingsStore {
  /**
   * Whether this user may change them in the host (e.g. a Zendesk administrator); the
   * platform's admin permission alone is not the host's permission.
   */
  canEdit: boolean;
  /** The installation's current values, read from the host. */
  load(): Promise<InstallSettings>;
  /**
   * Writes every value; resolves with what the host saved. Rejects with an Error whose
   * message is the host's own (a refusal, a validation error, no answer).
   */
  save(settings: InstallSettings): Promise<InstallSettings>;
}
