// The few Zendesk Support API endpoints the app calls through `client.request`, in memory,
// with every call recorded and failures the test arms. Shapes follow the Support API:
// users search, a user's requested tickets, a ticket's comments, a ticket update with a
// comment, a new ticket.
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

export interface FakeSupportApi {
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
}): FakeSupportApi {
  const users = seed.users.slice();
  const tickets = seed.tickets.slice();
  const comments = new Map<number, SupportComment[]>();
  const calls: SupportCall[] = [];
  const armed: ArmedFailure[] = [];
  let nextId = 90_000;

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
    return error(404, 'InvalidEndpoint');
  }

  return {
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
