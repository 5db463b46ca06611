// Store states for UI tests, built from plain descriptions of what the agent has on screen.
import { rootReducer, type RootState } from '../../src/app/rootReducer';
import type { TrackedInteraction } from '../../src/features/interactions/interactionsSlice';
import type { ChatMessage, Transcript } from '../../src/features/messages/messagesSlice';
import type { ReplyDraft } from '../../src/features/compose/composeSlice';
import type { WrapupForm } from '../../src/features/wrapup/wrapupSlice';
import type { Notice } from '../../src/features/notices/noticesSlice';
import type { Settings } from '../../src/features/settings/settingsSlice';
import type { SessionState } from '../../src/features/session/sessionSlice';
import type { ConnectionState } from '../../src/features/connection/connectionSlice';
import type { CustomerRecord } from '../../src/features/crm/crmSlice';
import type { WrapupCode } from '../../src/platform/platformTypes';

export const AGENT_SENDER = 'agent-comm-1';
export const CUSTOMER_SENDER = 'customer-comm-1';

export function chat(
  id: string,
  customerName: string,
  over: Partial<TrackedInteraction> = {},
): TrackedInteraction {
  return {
    id,
    media: 'chat',
    participantId: `agent-leg-${id}`,
    state: 'alerting',
    held: false,
    agentName: 'Alex Morgan',
    customer: { name: customerName, left: false },
    queue: { id: 'q-support', name: 'Support' },
    startTime: new Date(Date.now() - 65_000).toISOString(),
    wrapupRequired: true,
    revision: 1,
    ...over,
  };
}

export function message(
  id: string,
  from: 'customer' | 'agent' | 'system',
  body: string,
  at: string,
): ChatMessage {
  return {
    id,
    senderId: from === 'agent' ? AGENT_SENDER : CUSTOMER_SENDER,
    body,
    bodyType: from === 'system' ? 'member-join' : 'standard',
    timestamp: at,
  };
}

export function transcript(id: string, messages: ChatMessage[]): Transcript {
  return {
    id,
    messageIds: messages.map((m) => m.id),
    byId: Object.fromEntries(messages.map((m) => [m.id, m])),
    recent: {},
    agentSenderIds: [AGENT_SENDER],
    loaded: true,
  };
}

export function wrapupForm(id: string, over: Partial<WrapupForm> = {}): WrapupForm {
  return {
    id,
    codeId: null,
    notes: '',
    panelOpen: true,
    closedWithoutDone: false,
    submission: 'none',
    ...over,
  };
}

export function code(id: string, name: string): WrapupCode {
  return {
    id,
    name,
    division: { id: 'home' },
    dateCreated: '2024-01-01T00:00:00Z',
    createdBy: 'admin',
    selfUri: `/api/v2/routing/wrapupcodes/${id}`,
  };
}

export interface UiScene {
  interactions?: TrackedInteraction[];
  selectedId?: string | null;
  openIds?: string[];
  transcripts?: Transcript[];
  drafts?: ReplyDraft[];
  wrapups?: WrapupForm[];
  codesByQueue?: RootState['wrapup']['codesByQueue'];
  notices?: Notice[];
  settings?: Partial<Settings>;
  session?: Partial<SessionState>;
  connection?: Partial<ConnectionState>;
  crm?: CustomerRecord[];
}

function entities<T extends { id: string }>(items: T[]) {
  return { ids: items.map((i) => i.id), entities: Object.fromEntries(items.map((i) => [i.id, i])) };
}

/** A whole store state: the scene's parts over the reducers' own initial state. */
export function sceneState(scene: UiScene = {}): RootState {
  const base = rootReducer(undefined, { type: '@@ui-test/init' });
  return {
    ...base,
    session: {
      ...base.session,
      status: 'ready',
      user: { id: 'agent-alex', name: 'Alex Morgan', email: 'alex@example.com', permissions: [] },
      presence: 'On Queue',
      ...scene.session,
    },
    settings: { ...base.settings, ...scene.settings },
    connection: { ...base.connection, status: 'connected', ...scene.connection },
    interactions: {
      ...base.interactions,
      ...entities(scene.interactions ?? []),
      userId: 'agent-alex',
      selectedId: scene.selectedId ?? null,
      openIds: scene.openIds ?? [],
    },
    messages: { ...base.messages, ...entities(scene.transcripts ?? []) },
    compose: { ...base.compose, ...entities(scene.drafts ?? []) },
    wrapup: {
      ...base.wrapup,
      ...entities(scene.wrapups ?? []),
      codesByQueue: scene.codesByQueue ?? {},
    },
    notices: { ...base.notices, ...entities(scene.notices ?? []) },
    crm: { ...base.crm, ...entities(scene.crm ?? []) },
  };
}

/** A web messaging line: its direction, the agent's delivery status, and content items. */
export function messagingMessage(
  id: string,
  direction: 'inbound' | 'outbound',
  body: string,
  at: string,
  over: Partial<NonNullable<ChatMessage['messaging']>> & { resentAs?: string } = {},
): ChatMessage {
  const { resentAs, ...messaging } = over;
  return {
    id,
    senderId: direction === 'outbound' ? AGENT_SENDER : CUSTOMER_SENDER,
    body,
    bodyType: 'standard',
    timestamp: at,
    messaging: { direction, content: [], ...messaging },
    ...(resentAs === undefined ? {} : { resentAs }),
  };
}
