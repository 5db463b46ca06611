// The start-up reads (startUpReads.ts) sent as soon as a page knows its platform and token,
// before the client's own code has loaded and started: on a cold start they travel while the
// bulk of the scripts is still being fetched, compiled and run. The client's HTTP layer then
// fetches through `headStart.fetch`, which hands each early answer to the first identical
// GET (same URL, same token), once; every other call goes to the network as usual, and
// everything after the answer (status, retries, a 401's renewal, checks) is the client's own.
import { platformHeaders } from './platformHttp';
import { requestUrl } from './requestUrl';
import { START_UP_READS } from './startUpReads';

export interface HeadStartOptions {
  baseUrl: string;
  accessToken: string;
  fetch?: typeof fetch;
  /**
   * An answer nobody took by then is dropped (its request aborted). The client takes them
   * within a second of loading; a start-up that waits longer (a sign-in first) asks anew.
   */
  keepMs?: number;
}

export interface HeadStart {
  /** The fetch to give the client's HTTP layer. */
  fetch: typeof fetch;
  /** How many early answers are still waiting to be taken. */
  waiting(): number;
}

interface EarlyRead {
  answer: Promise<Response>;
  controller: AbortController;
}

const DEFAULT_KEEP_MS = 10_000;

function urlOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

export function sendHeadStart(options: HeadStartOptions): HeadStart {
  const send: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = new URL(options.baseUrl);
  const headers = platformHeaders(options.accessToken, false);
  const early = new Map<string, EarlyRead>();
  for (const read of START_UP_READS) {
    const url = requestUrl(base, read.path, read.query);
    const controller = new AbortController();
    const answer = send(url, { method: 'GET', headers, signal: controller.signal });
    // A failure nobody takes is nobody's to report; whoever takes it sees it as its own.
    answer.catch(() => undefined);
    early.set(url.href, { answer, controller });
  }
  const drop = setTimeout(() => {
    for (const read of early.values()) read.controller.abort();
    early.clear();
  }, options.keepMs ?? DEFAULT_KEEP_MS);

  /** The early read this call may take: a GET of its URL with the same token. */
  const claim = (input: Parameters<typeof fetch>[0], init?: RequestInit): EarlyRead | null => {
    if (early.size === 0 || (init?.method ?? 'GET').toUpperCase() !== 'GET') return null;
    if (init?.body !== undefined && init.body !== null) return null;
    const url = urlOf(input);
    const read = early.get(url);
    if (read === undefined) return null;
    if (new Headers(init?.headers).get('Authorization') !== headers.Authorization) return null;
    early.delete(url);
    if (early.size === 0) clearTimeout(drop);
    return read;
  };

  return {
    fetch: (input, init) => {
      const read = claim(input, init);
      if (read === null) return send(input, init);
      const signal = init?.signal;
      if (signal === undefined || signal === null) return read.answer;
      // The caller's own abort (its timeout, a stop) ends the early request as it would its own.
      if (signal.aborted) read.controller.abort(signal.reason);
      else signal.addEventListener('abort', () => read.controller.abort(signal.reason));
      return read.answer;
    },
    waiting: () => early.size,
  };
}
