// The file "Download diagnostics" gives support: version, host, settings, browser, a summary
// of the state (counts and states, no text) and the recent log, all passed through redact().
import type { RootState } from '../../app/rootReducer';
import type { DiagnosticLog } from './diagnosticLog';
import { redact } from './redact';

export interface DiagnosticsContext {
  /** The client's version (shared/package.json). */
  version: string;
  /** Which host runs the client: salesforce, zendesk, embeddable, extension, standalone... */
  host: string;
  /** navigator.userAgent, when there is a browser. */
  browser?: string;
  now: number;
}

/** Every customer name and email the state knows: scrubbed from every string in the file. */
function personalStrings(state: RootState): string[] {
  const out: string[] = [];
  for (const id of state.interactions.ids) {
    const customer = state.interactions.entities[id]?.customer;
    if (customer === undefined) continue;
    out.push(customer.name);
    if (customer.email !== undefined) out.push(customer.email);
  }
  return out;
}

function stateSummary(state: RootState) {
  const interactions = state.interactions.ids.map((id) => {
    const i = state.interactions.entities[id];
    return { conversationId: id, state: i?.state, held: i?.held };
  });
  return {
    session: {
      status: state.session.status,
      presence: state.session.presence,
      routingStatus: state.session.routingStatus,
      userId: state.session.user?.id,
    },
    connection: state.connection,
    interactions,
    wrapupForms: state.wrapup.ids.length,
    outbox: state.outbox.ids.map((id) => {
      const item = state.outbox.entities[id];
      return {
        kind: item?.payload.kind,
        conversationId: item?.conversationId,
        state: item?.state,
        attempts: item?.attempts,
        uncertain: item?.uncertain,
        lastError: item?.lastError,
      };
    }),
    notices: state.notices.ids.map((id) => {
      const n = state.notices.entities[id];
      return { kind: n?.kind, key: n?.key, count: n?.count };
    }),
  };
}

export function buildDiagnosticsReport(
  state: RootState,
  log: DiagnosticLog,
  context: DiagnosticsContext,
): string {
  const report = {
    format: 'acd-agent-diagnostics/1',
    createdAt: new Date(context.now).toISOString(),
    version: context.version,
    host: context.host,
    browser: context.browser ?? 'unknown',
    settings: state.settings,
    state: stateSummary(state),
    log: {
      dropped: log.dropped(),
      entries: log.entries().map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
    },
  };
  return JSON.stringify(redact(report, personalStrings(state)), null, 2);
}
