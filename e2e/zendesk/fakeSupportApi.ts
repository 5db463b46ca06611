// The few Zendesk Support API endpoints the app calls through `client.request`, in memory,
// with every call recorded and failures the test arms. Shapes follow the Support API:
// users search, a user's requested tickets, a ticket's comments, a ticket update with a
// comment, a new ticket, and the app installation (Apps API: Show App Installation, allowed
// for agents; Update App Installation with `{ settings }`, allowed for admins, 403 else).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord } from '@acd/shared';

export interface SupportUser {
  id: number;
  name: string;
  email: string;
}

export interface SupportTicket {
  id: number;
  subject: string;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  requester_id: number;
  created_at: string;
}

export interface SupportComment {
  id: number;
  body: string;
  public: boolean;
  created_at: string;
}

export interface SupportCall {
  method: string;
  /** Path and query, as the app asked. */
  url: string;
  body: unknown;
  status: number;
}

export interface ArmedFailure {
  method: string;
  path: RegExp;
  status: number;
  /** The write happens, but the answer is the error anyway (a lost answer). */
  landed?: boolean;
}

/** The app's installation (Apps API): its settings keyed by the manifest's parameter names. */
export interface SupportInstallation {
  id: number;
  app_id: number;
  enabled: boolean;
  settings: Record<string, unknown>;
  updated_at: string;
}

export interface FakeSupportApi {
  installation: SupportInstallation;
  /** The signed-in Zendesk user's role (the session cookie's user): "admin" may update apps. */
  role: string;
  users: SupportUser[];
  tickets: SupportTicket[];
  comments: Map<number, SupportComment[]>;
  calls: SupportCall[];
  /** The next matching call fails with `status`. */
  failNext(failure: ArmedFailure): void;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createFakeSupportApi(seed: {
  users: SupportUser[];
  tickets: SupportTicket[];
  installation: Omit<SupportInstallation, 'updated_at'>;
  /** The manifest's parameter names: any other setting is refused (422). */
  parameters: string[];
  role: string;
}): FakeSupportApi {
  const users = seed.users.slice();
  const tickets = seed.tickets.slice();
  const comments = new Map<number, SupportComment[]>();
  const calls: SupportCall[] = [];
  const armed: ArmedFailure[] = [];
  let nextId = 90_000;
  const installation: SupportInstallation = {
    ...seed.installation,
    settings: { ...seed.installation.settings },
    updated_at: new Date().toISOString(),
  };
  const api = { role: seed.role };

  const error = (status: number, title: string) => ({
    status,
    body: { error: title, description: title },
  });

  function addComment(ticketId: number, comment: unknown): SupportComment | null {
    if (!isRecord(comment) || typeof comment.body !== 'string') return null;
    const saved: SupportComment = {
      id: (nextId += 1),
      body: comment.body,
      public: comment.public !== false,
      created_at: new Date().toISOString(),
    };
    comments.set(ticketId, [...(comments.get(ticketId) ?? []), saved]);
    return saved;
  }

  function route(method: string, url: URL, body: unknown): { status: number; body: unknown } {
    const path = url.pathname;
    let match: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/v2/users/search.json') {
      const email = /^email:(.+)$/.exec(url.searchParams.get('query') ?? '')?.[1]?.toLowerCase();
      const found = users.filter((u) => email !== undefined && u.email.toLowerCase() === email);
      return { status: 200, body: { users: found, count: found.length, next_page: null } };
    }
    if (
      method === 'GET' &&
      (match = /^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/.exec(path)) !== null
    ) {
      const id = Number(match[1]);
      const own = tickets.filter((t) => t.requester_id === id);
      const desc = url.searchParams.get('sort_order') === 'desc';
      own.sort((a, b) => (desc ? -1 : 1) * a.created_at.localeCompare(b.created_at));
      return { status: 200, body: { tickets: own, count: own.length, next_page: null } };
    }
    if (method === 'GET' && (match = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(path))) {
      const id = Number(match[1]);
      if (!tickets.some((t) => t.id === id)) return error(404, 'RecordNotFound');
      const list = (comments.get(id) ?? []).slice();
      if (url.searchParams.get('sort_order') === 'desc') list.reverse();
      return { status: 200, body: { comments: list, count: list.length, next_page: null } };
    }
    if (method === 'PUT' && (match = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(path)) !== null) {
      const id = Number(match[1]);
      const ticket = tickets.find((t) => t.id === id);
      if (ticket === undefined) return error(404, 'RecordNotFound');
      const update = isRecord(body) ? body.ticket : undefined;
      if (!isRecord(update)) return error(400, 'InvalidRequest');
      if (update.comment !== undefined && addComment(id, update.comment) === null) {
        return error(422, 'RecordInvalid');
      }
      return { status: 200, body: { ticket } };
    }
    if (method === 'POST' && path === '/api/v2/tickets.json') {
      const create = isRecord(body) ? body.ticket : undefined;
      if (!isRecord(create) || !isRecord(create.comment)) return error(422, 'RecordInvalid');
      const ticket: SupportTicket = {
        id: (nextId += 1),
        subject: typeof create.subject === 'string' ? create.subject : '',
        status: 'new',
        requester_id: typeof create.requester_id === 'number' ? create.requester_id : 0,
        created_at: new Date().toISOString(),
      };
      tickets.push(ticket);
      addComment(ticket.id, create.comment);
      return { status: 201, body: { ticket } };
    }
    if ((match = /^\/api\/v2\/apps\/installations\/(\d+)\.json$/.exec(path)) !== null) {
      if (Number(match[1]) !== installation.id) return error(404, 'RecordNotFound');
      if (method === 'GET') return { status: 200, body: installation };
      if (method === 'PUT') return updateInstallation(body);
    }
    return error(404, 'InvalidEndpoint');
  }

  function updateInstallation(body: unknown): { status: number; body: unknown } {
    if (api.role !== 'admin') {
      return {
        status: 403,
        body: { error: 'Forbidden', description: 'You do not have access to this page.' },
      };
    }
    const settings = isRecord(body) ? body.settings : undefined;
    if (!isRecord(settings)) return error(400, 'InvalidRequest');
    const unknown = Object.keys(settings).filter((name) => !seed.parameters.includes(name));
    if (unknown.length > 0) {
      return {
        status: 422,
        body: { error: 'RecordInvalid', description: `Unknown settings: ${unknown.join(', ')}` },
      };
    }
    // The named settings change; the others stay as they were.
    Object.assign(installation.settings, settings);
    installation.updated_at = new Date().toISOString();
    return { status: 200, body: installation };
  }

  return {
    installation,
    get role() {
      return api.role;
    },
    set role(role: string) {
      api.role = role;
    },
    users,
    tickets,
    comments,
    calls,
    failNext(failure) {
      armed.push(failure);
    },
    async handle(req, res) {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', 'http://support.invalid');
      const body = await readBody(req);
      const failureIndex = armed.findIndex((f) => f.method === method && f.path.test(url.pathname));
      const failure = failureIndex === -1 ? undefined : armed.splice(failureIndex, 1)[0];
      let answer: { status: number; body: unknown };
      if (failure === undefined) {
        answer = route(method, url, body);
      } else {
        if (failure.landed === true) route(method, url, body);
        answer = error(failure.status, 'InternalError');
      }
      const { status, body: responseBody } = answer;
      calls.push({ method, url: url.pathname + url.search, body, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(responseBody));
    },
  };
}
