// The Zendesk agent workspace as the ZAF SDK (zendesk_app_framework_sdk 2.0.11,
// lib/client.js) sees it: runs in the host page of the browser test, creates the app's
// iframes with `origin` and `app_guid` in their URL and answers the SDK over postMessage:
//  - `{ key: 'iframe.handshake' }` -> `{ key: 'zaf.app.registered', message: { metadata, context } }`
//  - `{ key: 'iframe.on:<event>' | 'iframe.off:<event>' }` -> subscriptions (events go back as
//    `{ key: 'zaf.<event>', message }`)
//  - `{ id, request: 'get' | 'set' | 'invoke', params, instanceGuid }` -> `{ id, result }` (or
//    `{ id, error }`), where `result.errors` holds the paths or actions that failed
//  - `{ key: 'request:<n>', message: options }` -> `{ key: 'zaf.request:<n>.done' | '.fail',
//    message: { responseArgs } }`, jQuery's arguments ([data, status, xhr] or [xhr, status, error])
// The Support API behind `request` is this page's own origin (the agent's Zendesk), which the
// test serves. Browser code: no imports at run time, compiled on the fly by the test server.
import type {
  AppLocation,
  HostConfig,
  InstanceSummary,
  Invocation,
  ProxiedRequest,
  ZafHostApi,
} from './zafHostTypes';

interface Instance {
  guid: string;
  location: AppLocation;
  ticketId?: number;
  frame: HTMLIFrameElement;
  registered: boolean;
  subscriptions: Set<string>;
}

type Message = Record<string, unknown>;

const configElement = document.getElementById('zaf-host-config');
const config = JSON.parse(configElement?.textContent ?? '{}') as HostConfig;

const instances = new Map<string, Instance>();
const invocations: Invocation[] = [];
const requests: ProxiedRequest[] = [];
const problems: string[] = [];

const isRecord = (value: unknown): value is Message => typeof value === 'object' && value !== null;

function post(instance: Instance, message: Message) {
  // The framework posts JSON text to the app's origin only.
  instance.frame.contentWindow?.postMessage(JSON.stringify(message), config.appOrigin);
}

function contextOf(instance: Instance): Message {
  return {
    instanceGuid: instance.guid,
    product: 'support',
    account: { subdomain: config.subdomain },
    location: instance.location,
    ...(instance.ticketId === undefined ? {} : { ticketId: instance.ticketId }),
  };
}

/** The data `client.get(path)` reads, as one tree addressed by dotted paths. */
function dataOf(instance: Instance): Message {
  const ticket = instance.ticketId === undefined ? undefined : config.tickets[instance.ticketId];
  return {
    currentUser: config.currentUser,
    currentAccount: { subdomain: config.subdomain },
    instances: Object.fromEntries([...instances.values()].map((i) => [i.guid, contextOf(i)])),
    ...(ticket === undefined ? {} : { ticket }),
  };
}

function lookup(tree: Message, path: string): unknown {
  let value: unknown = tree;
  for (const part of path.split('.')) {
    if (!isRecord(value) || !(part in value)) return undefined;
    value = value[part];
  }
  return value;
}

function answerGet(target: Instance, paths: unknown): Message {
  const result: Message = {};
  const errors: Message = {};
  const tree = dataOf(target);
  for (const path of Array.isArray(paths) ? paths : []) {
    if (typeof path !== 'string') continue;
    const value = lookup(tree, path);
    if (value === undefined) {
      errors[path] = { name: 'APIUnavailable', message: 'is not available here', path };
    } else {
      result[path] = value;
    }
  }
  return { ...result, errors };
}

function answerInvoke(from: Instance, target: Instance, params: unknown): Message {
  const errors: Message = {};
  for (const [name, args] of Object.entries(isRecord(params) ? params : {})) {
    const list: unknown[] = Array.isArray(args) ? (args as unknown[]) : [];
    invocations.push({
      from: from.guid,
      fromLocation: from.location,
      target: target.guid,
      name,
      args: list,
    });
    if (name === 'resize') {
      // Zendesk sizes the location's iframe as the app asks (height; the width too where the
      // location is not a flexible sidebar that follows the apps tray).
      const size = isRecord(list[0]) ? list[0] : {};
      if (typeof size.height === 'string') target.frame.style.height = size.height;
      if (typeof size.width === 'string') target.frame.style.width = size.width;
    }
  }
  return { errors };
}

async function proxyRequest(from: Instance, key: string, options: unknown) {
  const reply = (outcome: 'done' | 'fail', responseArgs: unknown[]) => {
    post(from, { key: `zaf.${key}.${outcome}`, message: { responseArgs } });
  };
  const request = isRecord(options) ? options : {};
  const method = typeof request.type === 'string' ? request.type.toUpperCase() : 'GET';
  const url = new URL(typeof request.url === 'string' ? request.url : '', location.origin);
  if (url.origin !== location.origin) {
    // Other hosts go through Zendesk's proxy (`cors: false`), which this app never needs.
    problems.push(`request to another origin: ${url.href}`);
    reply('fail', [{ status: 0, statusText: 'error', responseText: '' }, 'error', '']);
    return;
  }
  try {
    const response = await fetch(url, {
      method,
      headers:
        typeof request.contentType === 'string' ? { 'content-type': request.contentType } : {},
      body: typeof request.data === 'string' ? request.data : null,
    });
    const text = await response.text();
    requests.push({
      from: from.guid,
      fromLocation: from.location,
      method,
      url: url.pathname + url.search,
      status: response.status,
    });
    const xhr = {
      status: response.status,
      statusText: response.statusText,
      responseText: text,
      readyState: 4,
    };
    if (response.ok) {
      const json =
        request.dataType === 'json' || /json/.test(response.headers.get('content-type') ?? '');
      reply('done', [json && text !== '' ? (JSON.parse(text) as unknown) : text, 'success', xhr]);
    } else {
      reply('fail', [xhr, 'error', response.statusText]);
    }
  } catch (error) {
    problems.push(`request ${method} ${url.href} failed: ${String(error)}`);
    reply('fail', [{ status: 0, statusText: 'error', responseText: '' }, 'error', String(error)]);
  }
}

function onKey(from: Instance, key: string, message: unknown) {
  if (key === 'iframe.handshake') {
    from.registered = true;
    post(from, {
      key: 'zaf.app.registered',
      message: { metadata: config.metadata, context: contextOf(from) },
    });
    return;
  }
  const subscription = /^iframe\.(on|off):(.+)$/.exec(key);
  if (subscription !== null) {
    const [, verb, event] = subscription;
    const count = isRecord(message) ? message.subscriberCount : undefined;
    if (event !== undefined && verb === 'on') from.subscriptions.add(event);
    if (event !== undefined && verb === 'off' && count === 0) from.subscriptions.delete(event);
    return;
  }
  if (/^request:\d+$/.test(key)) {
    void proxyRequest(from, key, message);
    return;
  }
  problems.push(`unexpected message ${key} from ${from.location}`);
}

function onCall(from: Instance, data: Message) {
  const id = data.id;
  const targetGuid = typeof data.instanceGuid === 'string' ? data.instanceGuid : from.guid;
  const target = instances.get(targetGuid);
  if (target === undefined) {
    post(from, { id, error: { name: 'InstanceError', message: `No instance ${targetGuid}` } });
    return;
  }
  switch (data.request) {
    case 'get':
      post(from, { id, result: answerGet(target, data.params) });
      return;
    case 'invoke':
      post(from, { id, result: answerInvoke(from, target, data.params) });
      return;
    case 'set':
      invocations.push({
        from: from.guid,
        fromLocation: from.location,
        target: target.guid,
        name: 'set',
        args: [data.params],
      });
      post(from, { id, result: { errors: {} } });
      return;
    default:
      problems.push(`unknown request ${String(data.request)} from ${from.location}`);
      post(from, { id, error: { name: 'Error', message: 'Unknown request' } });
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== config.appOrigin) return;
  const from = [...instances.values()].find((i) => i.frame.contentWindow === event.source);
  if (from === undefined) return;
  let data: unknown = event.data;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      problems.push(`unreadable message from ${from.location}`);
      return;
    }
  }
  if (!isRecord(data)) return;
  if (typeof data.key === 'string') onKey(from, data.key, data.message);
  else if (typeof data.id === 'number' && typeof data.request === 'string') onCall(from, data);
  else problems.push(`unexpected message from ${from.location}: ${JSON.stringify(data)}`);
});

function tabFor(location: AppLocation, ticketId: number | undefined): HTMLElement {
  if (location === 'background') {
    const hidden = document.getElementById('background-apps');
    if (hidden !== null) return hidden;
  }
  const tab = document.createElement('section');
  tab.className = 'tab';
  const heading = document.createElement('h2');
  heading.textContent = ticketId === undefined ? location : `Ticket #${ticketId}`;
  tab.append(heading);
  document.getElementById('workspace')?.append(tab);
  return tab;
}

const api: ZafHostApi = {
  open(location, ticketId) {
    const guid = crypto.randomUUID();
    const frame = document.createElement('iframe');
    const url = new URL('/assets/iframe.html', config.appOrigin);
    url.searchParams.set('origin', window.location.origin);
    url.searchParams.set('app_guid', guid);
    frame.src = url.href;
    frame.name = guid;
    frame.title = ticketId === undefined ? `ACD Chat (${location})` : `ACD Chat (#${ticketId})`;
    frame.dataset.location = location;
    instances.set(guid, {
      guid,
      location,
      ...(ticketId === undefined ? {} : { ticketId }),
      frame,
      registered: false,
      subscriptions: new Set(),
    });
    tabFor(location, ticketId).append(frame);
    return guid;
  },
  close(guid) {
    const instance = instances.get(guid);
    if (instance === undefined) return;
    post(instance, { key: 'zaf.app.willDestroy' });
    setTimeout(() => {
      instances.delete(guid);
      instance.frame.closest('.tab')?.remove();
      instance.frame.remove();
    }, 50);
  },
  activate(guid) {
    for (const instance of instances.values()) {
      if (instance.location !== 'ticket_sidebar') continue;
      post(instance, { key: instance.guid === guid ? 'zaf.app.activated' : 'zaf.app.deactivated' });
    }
  },
  instances: (): InstanceSummary[] =>
    [...instances.values()].map((i) => ({
      guid: i.guid,
      location: i.location,
      ...(i.ticketId === undefined ? {} : { ticketId: i.ticketId }),
      registered: i.registered,
      subscriptions: [...i.subscriptions],
      height: i.frame.style.height === '' ? null : i.frame.style.height,
    })),
  invocations: () => invocations.slice(),
  requests: () => requests.slice(),
  problems: () => problems.slice(),
};

(window as unknown as { zafHost: ZafHostApi }).zafHost = api;
