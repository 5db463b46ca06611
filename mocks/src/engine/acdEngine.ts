// The simulator's in-memory ACD platform. Plain TypeScript: the MSW handlers call it, and
// tests drive it directly. Time and ids are injectable so tests are repeatable.
import {
  SYSTEM_PRESENCE_IDS,
  type AuthTokenGrant,
  type ChatConversation,
  type MessageConversation,
  type PagedListing,
  type Queue,
  type SystemPresence,
  type User,
  type UserSearchResponse,
  type WrapupCode,
} from '@acd/shared';
import { Directory, presenceFromId, type SimUser } from './directory';
import { FaultInjector } from './faultInjector';
import { randomIdSource, type IdSource } from './idSource';
import { NotificationHub } from './notificationHub';
import { createSystemClock, type SimClock } from './simClock';
import { defaultSeedOrg, type SeedDeployment, type SeedOrg } from './seedData';
import { WrapupCodeStore } from './wrapupCodeStore';
import {
  isActiveForAgent,
  toChatConversation,
  type SimConversation,
  type SimMedia,
} from './conversationModel';
import { toMessageConversation } from './messaging/messagingModel';
import { customerMessagingMessage } from './messaging/messagingCommands';
import { comeBack } from './messaging/returningCustomer';
import type { EngineContext } from './engineContext';
import { enqueue, refreshRoutingStatus, setRoutingStatus, settle } from './chatRouter';
import { nameMatcher, pageOf, type PageQuery } from './paging';
import { SimPlatformError, badRequest, notFound } from './platformError';
import { AuthorizationServer } from './oauth/authorizationServer';
import { readOAuthClient, seedOAuthClients, type OAuthClient } from './oauth/oauthClients';
import { TokenStore } from './oauth/tokenStore';
import {
  MAX_EMAIL_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SEARCH_PAGE_SIZE,
} from './requestLimits';

const SIM_ORG = { id: 'sim-org', name: 'Simulated org' };

export interface AcdEngineOptions {
  clock?: SimClock;
  newId?: IdSource;
  seed?: SeedOrg;
}

export interface StartMessagingResult {
  conversationId: string;
  /** The guest's session token (the Guest API's configureSession token). */
  token: string;
}

export interface StartChatRequest {
  queueId?: string;
  customerName: string;
  customerEmail?: string;
  firstMessage?: string;
}

export class AcdEngine {
  readonly clock: SimClock;
  readonly newId: IdSource;
  readonly faults = new FaultInjector();
  /** Access tokens outlive a /sim/reset, so open clients stay signed in. */
  readonly tokens: TokenStore;
  readonly oauth: AuthorizationServer;
  private oauthClients = new Map<string, OAuthClient>();
  private readonly seed: SeedOrg;
  private ctx: EngineContext;

  constructor(options: AcdEngineOptions = {}) {
    this.clock = options.clock ?? createSystemClock();
    this.newId = options.newId ?? randomIdSource;
    this.seed = options.seed ?? defaultSeedOrg();
    this.ctx = this.freshContext();
    this.tokens = new TokenStore(this.clock, this.newId);
    this.oauth = new AuthorizationServer(
      () => this.oauthClients,
      this.tokens,
      this.clock,
      this.newId,
      (userId) => this.ctx.directory.users.has(userId),
    );
    this.seedOAuthClients();
  }

  private seedOAuthClients(): void {
    this.oauthClients = new Map(seedOAuthClients().map((client) => [client.id, client]));
  }

  /** The shared state, for the chat commands (chatCommands.ts). */
  get context(): EngineContext {
    return this.ctx;
  }

  get hub(): NotificationHub {
    return this.ctx.hub;
  }

  reset(): void {
    const previous = this.ctx;
    previous.hub.dispose();
    for (const c of previous.conversations.values()) {
      if (c.inactivityTimer !== undefined) this.clock.clearTimer(c.inactivityTimer);
      for (const p of c.participants) {
        if (p.alertTimer !== undefined) this.clock.clearTimer(p.alertTimer);
        if (p.wrapupTimer !== undefined) this.clock.clearTimer(p.wrapupTimer);
      }
    }
    this.faults.clear();
    this.ctx = this.freshContext();
    this.tokens.resetLifetime();
    this.oauth.clear();
    this.seedOAuthClients();
  }

  dispose(): void {
    this.reset();
    this.ctx.hub.dispose();
  }

  // Identity and people

  login(userId: unknown): AuthTokenGrant {
    if (typeof userId !== 'string') throw badRequest('userId is required');
    this.ctx.directory.user(userId);
    return this.tokens.issue(userId);
  }

  authenticate(authorization: string | null): SimUser {
    const { issued } = this.tokens.check(authorization);
    const user = this.ctx.directory.users.get(issued.userId);
    if (user === undefined) {
      throw new SimPlatformError(401, 'Authentication is required: no valid bearer token');
    }
    return user;
  }

  /** GET /api/v2/tokens/me: the platform's TokenInfo for the caller's token. */
  tokenInfo(authorization: string | null) {
    const { issued } = this.tokens.check(authorization);
    const client =
      issued.clientId === undefined ? undefined : this.oauthClients.get(issued.clientId);
    return {
      organization: SIM_ORG,
      homeOrganization: SIM_ORG,
      authorizedScope: [],
      ...(client === undefined ? {} : { OAuthClient: { id: client.id, name: client.name } }),
      dateTokenIdles: new Date(issued.expiresAt).toISOString(),
    };
  }

  /** DELETE /api/v2/tokens/me: the token stops working at once. */
  revokeToken(authorization: string | null): void {
    this.tokens.revoke(this.tokens.check(authorization).token);
  }

  /** POST /sim/tokens: the lifetime of tokens issued from now on (tests of expiry). */
  setTokenLifetime(body: unknown): { expiresInSeconds: number } {
    const seconds = (body as { expiresInSeconds?: unknown } | null | undefined)?.expiresInSeconds;
    if (
      typeof seconds !== 'number' ||
      !Number.isInteger(seconds) ||
      seconds < 1 ||
      seconds > 86_400
    ) {
      throw badRequest('expiresInSeconds must be a whole number from 1 to 86400');
    }
    this.tokens.setLifetime(seconds);
    return { expiresInSeconds: seconds };
  }

  listOAuthClients(): OAuthClient[] {
    return [...this.oauthClients.values()].map((client) => ({
      ...client,
      grantTypes: [...client.grantTypes],
      redirectUris: [...client.redirectUris],
    }));
  }

  addOAuthClient(body: unknown): OAuthClient {
    const client = readOAuthClient(body, new Set(this.oauthClients.keys()));
    this.oauthClients.set(client.id, client);
    return client;
  }

  me(caller: SimUser, expand: string | null): User {
    return this.ctx.directory.toUserView(caller, new Set((expand ?? '').split(',')));
  }

  searchUsers(body: unknown): UserSearchResponse {
    if (typeof body !== 'object' || body === null) throw badRequest('A search body is required');
    const { query, pageSize = 25, pageNumber = 1 } = body as Record<string, unknown>;
    if (!Array.isArray(query)) throw badRequest('query must be an array');
    if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1) {
      throw badRequest('pageSize must be a positive integer');
    }
    if (pageSize > MAX_SEARCH_PAGE_SIZE) {
      throw badRequest(`pageSize must be at most ${MAX_SEARCH_PAGE_SIZE}`);
    }
    if (typeof pageNumber !== 'number' || !Number.isInteger(pageNumber) || pageNumber < 1) {
      throw badRequest('pageNumber must be a positive integer');
    }
    const users = [...this.ctx.directory.users.values()].filter((user) =>
      query.every((criterion: unknown) => matchesCriterion(user, criterion)),
    );
    const listing = pageOf(users, { pageSize, pageNumber }, '/api/v2/users/search');
    return {
      total: listing.total,
      pageCount: listing.pageCount,
      pageSize: listing.pageSize,
      pageNumber: listing.pageNumber,
      results: listing.entities.map((u) => this.ctx.directory.toUserView(u, new Set())),
    };
  }

  routingStatus(userId: string) {
    return this.ctx.directory.routingStatusView(this.ctx.directory.user(userId));
  }

  putRoutingStatus(caller: SimUser, userId: string, body: unknown) {
    const user = this.ctx.directory.user(userId);
    if (user.id !== caller.id && !caller.admin) {
      throw new SimPlatformError(403, 'Only the user or an admin may change a routing status');
    }
    const status = (body as { status?: unknown } | null)?.status;
    if (status !== 'IDLE' && status !== 'OFF_QUEUE') {
      throw badRequest('status must be IDLE (go on queue) or OFF_QUEUE');
    }
    // Clearing NOT_RESPONDING puts the agent back on queue, as the platform does.
    this.changePresence(user, status === 'IDLE' ? 'On Queue' : 'Available', true);
    return this.ctx.directory.routingStatusView(user);
  }

  presence(userId: string) {
    return this.ctx.directory.presenceView(this.ctx.directory.user(userId));
  }

  patchPresence(userId: string, body: unknown) {
    const user = this.ctx.directory.user(userId);
    const definition = (
      body as { presenceDefinition?: { id?: unknown; systemPresence?: unknown } } | null
    )?.presenceDefinition;
    const byId = typeof definition?.id === 'string' ? presenceFromId(definition.id) : undefined;
    const bySystem = Object.keys(SYSTEM_PRESENCE_IDS).includes(String(definition?.systemPresence))
      ? (definition?.systemPresence as SystemPresence)
      : undefined;
    const presence = byId ?? bySystem;
    if (presence === undefined) throw badRequest('presenceDefinition must name a known presence');
    this.changePresence(user, presence, false);
    return this.ctx.directory.presenceView(user);
  }

  private changePresence(
    user: SimUser,
    presence: SystemPresence,
    clearNotResponding: boolean,
  ): void {
    const goingOnQueue = presence === 'On Queue' && user.presence !== 'On Queue';
    if (user.presence !== presence) {
      user.presence = presence;
      user.presenceModified = this.clock.now();
      this.ctx.hub.publish(`v2.users.${user.id}.presence`, this.ctx.directory.presenceView(user));
    }
    if ((clearNotResponding || goingOnQueue) && user.routingStatus === 'NOT_RESPONDING') {
      setRoutingStatus(this.ctx, user, 'IDLE');
    }
    refreshRoutingStatus(this.ctx, user);
    settle(this.ctx, []);
  }

  listQueues(query: PageQuery & { name?: string | null }): PagedListing<Queue> {
    const match = nameMatcher(query.name);
    const queues = [...this.ctx.directory.queues.values()].filter((q) => match(q.name));
    return pageOf(
      queues.map((q) => this.ctx.directory.toQueueView(q)),
      query,
      '/api/v2/routing/queues',
      { name: query.name ?? undefined },
    );
  }

  myQueues(caller: SimUser, query: PageQuery): PagedListing<Queue> {
    const queues = this.ctx.directory
      .queuesOf(caller.id)
      .map((q) => this.ctx.directory.toQueueView(q));
    return pageOf(queues, query, '/api/v2/routing/queues/me');
  }

  // Chats and messaging conversations

  private activeOf(caller: SimUser, media: SimMedia): SimConversation[] {
    return [...this.ctx.conversations.values()].filter(
      (c) =>
        c.media === media &&
        c.participants.some((p) => p.userId === caller.id && isActiveForAgent(p)),
    );
  }

  activeChats(caller: SimUser, query: PageQuery): PagedListing<ChatConversation> {
    const chats = this.activeOf(caller, 'chat').map(toChatConversation);
    return pageOf(chats, query, '/api/v2/conversations/chats');
  }

  /** GET /api/v2/conversations/messages: the caller's active messaging conversations. */
  activeMessages(caller: SimUser, query: PageQuery): PagedListing<MessageConversation> {
    const conversations = this.activeOf(caller, 'message').map(toMessageConversation);
    return pageOf(conversations, query, '/api/v2/conversations/messages');
  }

  /** The seeded web messaging deployments (the Guest API's deploymentId values). */
  deployments(): SeedDeployment[] {
    return this.seed.deployments.map((d) => ({ ...d }));
  }

  // Wrap-up code administration

  listCodes(
    query: PageQuery & { name?: string | null; sortOrder?: string | null },
  ): PagedListing<WrapupCode> {
    const match = nameMatcher(
      query.name === undefined || query.name === null ? null : `*${query.name}*`,
    );
    const direction = query.sortOrder === 'descending' || query.sortOrder === 'desc' ? -1 : 1;
    const codes = this.ctx.codes
      .list()
      .filter((c) => match(c.name))
      .sort((a, b) => direction * a.name.localeCompare(b.name));
    return pageOf(codes, query, '/api/v2/routing/wrapupcodes', { name: query.name ?? undefined });
  }

  createCode(caller: SimUser, body: unknown): WrapupCode {
    this.ctx.directory.requirePermission(caller, 'routing:wrapupCode:add');
    return this.ctx.codes.create(this.newId(), body, this.clock.now(), caller.id);
  }

  updateCode(caller: SimUser, id: string, body: unknown): WrapupCode {
    this.ctx.directory.requirePermission(caller, 'routing:wrapupCode:edit');
    return this.ctx.codes.update(id, body);
  }

  deleteCode(caller: SimUser, id: string): void {
    this.ctx.directory.requirePermission(caller, 'routing:wrapupCode:delete');
    this.ctx.codes.delete(id);
    for (const queue of this.ctx.directory.queues.values()) {
      queue.codeIds = queue.codeIds.filter((codeId) => codeId !== id);
    }
  }

  queueCodes(queueId: string, query: PageQuery): PagedListing<WrapupCode> {
    const queue = this.ctx.directory.queue(queueId);
    const codes = queue.codeIds
      .filter((id) => this.ctx.codes.has(id))
      .map((id) => this.ctx.codes.get(id));
    return pageOf(codes, query, `/api/v2/routing/queues/${queueId}/wrapupcodes`);
  }

  assignCodes(caller: SimUser, queueId: string, body: unknown): WrapupCode[] {
    this.ctx.directory.requirePermission(caller, 'routing:queue:edit');
    const queue = this.ctx.directory.queue(queueId);
    if (!Array.isArray(body) || body.length === 0 || body.length > 100) {
      throw badRequest('The body must be an array of 1 to 100 { "id" } objects');
    }
    const ids = body.map((item: unknown) => {
      const id =
        typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') throw badRequest('Every item needs a string id');
      this.ctx.codes.get(id);
      return id;
    });
    for (const id of ids) if (!queue.codeIds.includes(id)) queue.codeIds.push(id);
    return ids.map((id) => this.ctx.codes.get(id));
  }

  unassignCode(caller: SimUser, queueId: string, codeId: string): void {
    this.ctx.directory.requirePermission(caller, 'routing:queue:edit');
    const queue = this.ctx.directory.queue(queueId);
    if (!queue.codeIds.includes(codeId)) throw notFound('Wrap-up code assignment', codeId);
    queue.codeIds = queue.codeIds.filter((id) => id !== codeId);
  }

  // The customer's side and the control API

  startChat(request: unknown): { conversationId: string } {
    return { conversationId: this.openConversation(request, 'chat').id };
  }

  /**
   * POST /sim/messaging: a guest opens a web messaging conversation through a deployment
   * (the queue's, or the first one's) and may write a first message.
   */
  startMessaging(request: unknown): StartMessagingResult {
    const token = (request as { token?: unknown } | null | undefined)?.token;
    if (token !== undefined) {
      if (typeof token !== 'string' || token === '') throw badRequest('token must be a string');
      const earlier = [...this.ctx.conversations.values()].find((c) => c.guestToken === token);
      if (earlier !== undefined) {
        comeBack(this.ctx, earlier, (request as { firstMessage?: unknown }).firstMessage);
        return { conversationId: earlier.id, token };
      }
    }
    const conversation = this.openConversation(request, 'message');
    if (typeof token === 'string') conversation.guestToken = token;
    return { conversationId: conversation.id, token: conversation.guestToken ?? '' };
  }

  private openConversation(request: unknown, media: SimMedia): SimConversation {
    if (typeof request !== 'object' || request === null) throw badRequest('A body is required');
    const { queueId, customerName, customerEmail, firstMessage } = request as Record<
      string,
      unknown
    >;
    if (typeof customerName !== 'string' || customerName.trim() === '') {
      throw badRequest('customerName is required');
    }
    if (customerName.length > MAX_NAME_LENGTH) {
      throw badRequest(`customerName must be at most ${MAX_NAME_LENGTH} characters`);
    }
    if (customerEmail !== undefined && typeof customerEmail !== 'string') {
      throw badRequest('customerEmail must be a string');
    }
    if (customerEmail !== undefined && customerEmail.length > MAX_EMAIL_LENGTH) {
      throw badRequest(`customerEmail must be at most ${MAX_EMAIL_LENGTH} characters`);
    }
    if (firstMessage !== undefined && typeof firstMessage !== 'string') {
      throw badRequest('firstMessage must be a string');
    }
    if (firstMessage !== undefined && firstMessage.length > MAX_MESSAGE_LENGTH) {
      throw badRequest(`firstMessage must be at most ${MAX_MESSAGE_LENGTH} characters`);
    }
    const firstQueue = this.ctx.directory.queues.values().next().value;
    const queue = typeof queueId === 'string' ? this.ctx.directory.queue(queueId) : firstQueue;
    if (queue === undefined) throw badRequest('The org has no queue');
    const now = this.clock.now();
    const deployment =
      media === 'message'
        ? (this.seed.deployments.find((d) => d.queueId === queue.id) ?? this.seed.deployments[0])
        : undefined;
    const conversation: SimConversation = {
      id: this.newId(),
      media,
      startTime: now,
      participants: [
        {
          id: this.newId(),
          commId: this.newId(),
          purpose: 'customer',
          name: customerName.trim(),
          address: customerEmail,
          state: 'connected',
          held: false,
          startTime: now,
          connectedTime: now,
          attributes: customerEmail === undefined ? {} : { 'context.email': customerEmail },
          wrapupRequired: false,
        },
      ],
      messages: [],
      messagingMessages: [],
      ...(media === 'message' ? { deploymentId: deployment?.id, guestToken: this.newId() } : {}),
      queueId: queue.id,
      recentTransfers: [],
    };
    this.ctx.conversations.set(conversation.id, conversation);
    const customer = conversation.participants[0];
    const hasFirst = firstMessage !== undefined && firstMessage.trim() !== '';
    if (media === 'message') {
      enqueue(this.ctx, conversation, queue);
      // The first message arrives like any other, after the conversation is in line.
      if (hasFirst && typeof firstMessage === 'string') {
        customerMessagingMessage(this.ctx, conversation.id, { text: firstMessage });
      } else settle(this.ctx, [conversation]);
      return conversation;
    }
    if (hasFirst && typeof firstMessage === 'string' && customer !== undefined) {
      conversation.messages.push({
        id: this.newId(),
        conversation: { id: conversation.id },
        sender: { id: customer.commId },
        body: firstMessage,
        bodyType: 'standard',
        timestamp: new Date(now).toISOString(),
      });
    }
    enqueue(this.ctx, conversation, queue);
    settle(this.ctx, [conversation]);
    return conversation;
  }

  /** What /sim/state shows: enough for a test to compare with a client's state. */
  snapshot() {
    const d = this.ctx.directory;
    return {
      now: new Date(this.clock.now()).toISOString(),
      users: [...d.users.values()].map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        admin: u.admin,
        presence: u.presence,
        routingStatus: u.routingStatus,
      })),
      queues: [...d.queues.values()].map((q) => ({
        ...d.toQueueView(q),
        wrapupCodeIds: [...q.codeIds],
        memberIds: [...q.memberIds],
        waiting: [...this.ctx.conversations.values()]
          .filter((c) => c.waitingSince !== undefined && c.queueId === q.id)
          .map((c) => c.id),
      })),
      wrapupCodes: this.ctx.codes.list(),
      conversations: [...this.ctx.conversations.values()].map((c) => ({
        ...(c.media === 'chat' ? toChatConversation(c) : toMessageConversation(c)),
        media: c.media,
        messageCount: c.media === 'chat' ? c.messages.length : c.messagingMessages.length,
      })),
      openSockets: this.ctx.hub.openSocketCount(),
    };
  }

  conversation(id: string): SimConversation {
    const c = this.ctx.conversations.get(id);
    if (c === undefined) throw notFound('Conversation', id);
    return c;
  }

  private freshContext(): EngineContext {
    const now = this.clock.now();
    return {
      clock: this.clock,
      newId: this.newId,
      directory: new Directory(this.seed, now),
      codes: new WrapupCodeStore(this.seed.wrapupCodes, now),
      hub: new NotificationHub(this.clock, this.newId),
      conversations: new Map(),
      messagingInactivityMs: new Map(),
      guestWatchers: new Map(),
    };
  }
}

function matchesCriterion(user: SimUser, criterion: unknown): boolean {
  if (typeof criterion !== 'object' || criterion === null)
    throw badRequest('Each query item must be an object');
  const { type, fields, value } = criterion as {
    type?: unknown;
    fields?: unknown;
    value?: unknown;
  };
  if (type !== 'CONTAINS' && type !== 'EXACT' && type !== 'STARTS_WITH') {
    throw badRequest('query type must be CONTAINS, EXACT or STARTS_WITH');
  }
  if (typeof value !== 'string') return true;
  const names = Array.isArray(fields) ? fields.map(String) : ['name', 'email'];
  const needle = value.toLowerCase();
  return names.some((field) => {
    const hay = (field === 'name' ? user.name : field === 'email' ? user.email : '').toLowerCase();
    if (type === 'EXACT') return hay === needle;
    if (type === 'STARTS_WITH') return hay.startsWith(needle);
    return hay.includes(needle);
  });
}
