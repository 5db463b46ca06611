// A ZAF client for tests that honours the SDK's contract: `get` answers paths with an
// `errors` map (and rejects a single unknown path, as the SDK does), `request` resolves with
// the parsed body or rejects with an XHR-like response, `invoke` and `set` are recorded.
import type {
  ZafClient,
  ZafContext,
  ZafGetResult,
  ZafMetadata,
  ZafRequestFailure,
  ZafRequestOptions,
} from '../src/zaf/zafClient';

type Answer = { body: unknown } | { failure: ZafRequestFailure };
type Route = {
  method: string;
  url: RegExp | string;
  answer: (request: ZafRequestOptions) => Answer;
  times: number;
};

export interface FakeZafOptions {
  settings?: Record<string, unknown>;
  context?: Partial<ZafContext>;
  /** Values `get` answers, by path (e.g. 'ticket.id', 'currentUser.locale'). */
  data?: Record<string, unknown>;
}

export function createFakeZafClient(options: FakeZafOptions = {}) {
  const data: Record<string, unknown> = { ...options.data };
  const invocations: { name: string; args: unknown[] }[] = [];
  const requests: (ZafRequestOptions & { json?: unknown })[] = [];
  const handlers = new Map<string, ((data: unknown) => void)[]>();
  const instances = new Map<string, ZafClient>();
  const routes: Route[] = [];

  const context: ZafContext = { location: 'background', instanceGuid: 'bg-1', ...options.context };
  const metadata: ZafMetadata = { appId: 0, name: 'ACD Chat', settings: { ...options.settings } };

  const client: ZafClient = {
    get(path) {
      const paths = Array.isArray(path) ? path : [path];
      const result: ZafGetResult = { errors: {} };
      for (const p of paths) {
        if (p in data) result[p] = data[p];
        else (result.errors ?? {})[p] = { message: `No such path ${p}` };
      }
      if (typeof path === 'string' && !(path in data)) {
        return Promise.reject(new Error(`"${path}" No such path`));
      }
      return Promise.resolve(result);
    },
    set(key, value) {
      data[key] = value;
      return Promise.resolve({ [key]: value });
    },
    invoke(name, ...args) {
      invocations.push({ name, args });
      return Promise.resolve({ errors: {} });
    },
    request(request) {
      const json: unknown = request.data === undefined ? undefined : JSON.parse(request.data);
      requests.push({ ...request, json });
      const method = request.type ?? 'GET';
      const index = routes.findIndex(
        (r) =>
          r.method === method &&
          r.times !== 0 &&
          (typeof r.url === 'string' ? r.url === request.url : r.url.test(request.url)),
      );
      const route = routes[index];
      if (route === undefined) {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the SDK rejects with the XHR-like response, not an Error
        return Promise.reject({ status: 404, statusText: 'Not Found', responseText: '{}' });
      }
      route.times -= 1;
      const answer = route.answer(request);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as the SDK does
      return 'body' in answer ? Promise.resolve(answer.body) : Promise.reject(answer.failure);
    },
    on(name, handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
    },
    metadata: () => Promise.resolve(metadata),
    context: () => Promise.resolve(context),
    instance(guid) {
      const other = instances.get(guid);
      if (other === undefined)
        throw new Error(`[ZAF SDK] Could not find client for instance ${guid}`);
      return other;
    },
  };

  return {
    client,
    data,
    invocations,
    requests,
    /** Answers requests matching method and url (every time, or `times` times). */
    respond(
      method: string,
      url: RegExp | string,
      // A value, or a function of the request.
      body: unknown,
      times = -1,
    ) {
      routes.unshift({
        method,
        url,
        times,
        answer: (r) => ({
          body: typeof body === 'function' ? (body as (r: ZafRequestOptions) => unknown)(r) : body,
        }),
      });
    },
    /** Fails requests matching method and url the way the SDK does (XHR-like rejection). */
    fail(method: string, url: RegExp | string, status: number, times = -1, responseText = '{}') {
      routes.unshift({
        method,
        url,
        times,
        answer: () => ({
          failure: {
            status,
            statusText: status >= 500 ? 'Server Error' : 'Error',
            responseText,
          },
        }),
      });
    },
    addInstance(guid: string, other: ZafClient) {
      instances.set(guid, other);
    },
    trigger(name: string, payload?: unknown) {
      for (const handler of handlers.get(name) ?? []) handler(payload);
    },
    notifications: () =>
      invocations
        .filter((i) => i.name === 'notify')
        .map((i) => ({ message: i.args[0], kind: i.args[1] })),
    routes: () => invocations.filter((i) => i.name === 'routeTo').map((i) => i.args),
  };
}

export type FakeZaf = ReturnType<typeof createFakeZafClient>;
