// Reads `Framework.config` as the real framework defines it. Unknown keys are reported once,
// never fatal; wrong types fall back to the defaults with a warning, so a file written for
// the real platform (with voice-only settings this client ignores) works unchanged.

export type SearchTarget = 'people' | 'queues' | 'frameworkContacts';

export interface FrameworkSettings {
  enableCallLogs: boolean;
  hideCallLogSubject: boolean;
  hideCallLogContact: boolean;
  hideCallLogRelation: boolean;
  searchTargets: SearchTarget[];
  theme?: { primary?: string; text?: string };
  dedicatedLoginWindow: boolean;
  /** `display.interactionDetails`, kept for the record: this client shows chats its own way. */
  interactionDetails?: unknown;
}

export interface HelpLinks {
  InteractionList?: string;
  CallLog?: string;
  Settings?: string;
}

export interface FrameworkConfig {
  name: string;
  clientIds: Record<string, string>;
  customInteractionAttributes: string[];
  settings: FrameworkSettings;
  helpLinks: HelpLinks;
  getUserLanguage?: (callback: (language: string) => void) => void;
}

export interface ReadConfig {
  config: FrameworkConfig;
  /** One line each for the console: unknown keys and values that were ignored. */
  warnings: string[];
}

const TOP_KEYS = new Set([
  'name',
  'clientIds',
  'customInteractionAttributes',
  'settings',
  'helpLinks',
  'getUserLanguage',
]);

// Settings of the real framework that concern voice (WebRTC, caller id, SMS...): known, so
// not reported as unknown, but a chat client has nothing to do with them.
const VOICE_SETTINGS = new Set([
  'embedWebRTCByDefault',
  'hideWebRTCPopUpOption',
  'enableConfigurableCallerId',
  'enableServerSideLogging',
  'enableCallHistory',
  'defaultOutboundSMSCountryCode',
  'callControls',
  'embeddedInteractionWindow',
  'enableTransferContext',
  'sso',
]);

const SETTING_KEYS = new Set([
  'enableCallLogs',
  'hideCallLogSubject',
  'hideCallLogContact',
  'hideCallLogRelation',
  'searchTargets',
  'theme',
  'dedicatedLoginWindow',
  'display',
]);

const HELP_LINK_KEYS = new Set(['InteractionList', 'CallLog', 'Settings']);

const SEARCH_TARGETS: Record<string, SearchTarget> = {
  people: 'people',
  queues: 'queues',
  // Both spellings appear in files written for the real platform.
  frameworkcontacts: 'frameworkContacts',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const defaultSettings: FrameworkSettings = {
  enableCallLogs: false,
  hideCallLogSubject: false,
  hideCallLogContact: false,
  hideCallLogRelation: false,
  searchTargets: ['people', 'queues'],
  dedicatedLoginWindow: false,
};

function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function readSettings(raw: unknown, warn: (line: string) => void): FrameworkSettings {
  const settings: FrameworkSettings = {
    ...defaultSettings,
    searchTargets: [...defaultSettings.searchTargets],
  };
  if (raw === undefined) return settings;
  if (!isRecord(raw)) {
    warn('config.settings is not an object; the defaults apply');
    return settings;
  }
  for (const key of Object.keys(raw)) {
    if (!SETTING_KEYS.has(key) && !VOICE_SETTINGS.has(key))
      warn(`unknown setting config.settings.${key}`);
  }
  for (const flag of [
    'enableCallLogs',
    'hideCallLogSubject',
    'hideCallLogContact',
    'hideCallLogRelation',
    'dedicatedLoginWindow',
  ] as const) {
    const value = raw[flag];
    if (value === undefined) continue;
    if (typeof value === 'boolean') settings[flag] = value;
    else warn(`config.settings.${flag} must be true or false`);
  }
  if (raw.searchTargets !== undefined) {
    if (Array.isArray(raw.searchTargets)) {
      const targets: SearchTarget[] = [];
      for (const item of raw.searchTargets) {
        const target = typeof item === 'string' ? SEARCH_TARGETS[item.toLowerCase()] : undefined;
        if (target === undefined)
          warn(`config.settings.searchTargets: "${String(item)}" is not searched by this client`);
        else if (!targets.includes(target)) targets.push(target);
      }
      settings.searchTargets = targets;
    } else {
      warn('config.settings.searchTargets must be a list');
    }
  }
  if (raw.theme !== undefined) {
    if (isRecord(raw.theme)) {
      const theme: FrameworkSettings['theme'] = {};
      for (const part of ['primary', 'text'] as const) {
        const colour = raw.theme[part];
        if (typeof colour === 'string' && CSS_COLOUR.test(colour)) theme[part] = colour;
        else if (colour !== undefined) warn(`config.settings.theme.${part} is not a colour`);
      }
      settings.theme = theme;
    } else {
      warn('config.settings.theme must be an object');
    }
  }
  if (isRecord(raw.display)) settings.interactionDetails = raw.display.interactionDetails;
  return settings;
}

/** Hex or rgb()/hsl() colours only: the value ends up in a style attribute. */
const CSS_COLOUR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([\d\s.,%]+\))$/i;

export function readFrameworkConfig(raw: unknown): ReadConfig {
  const warnings: string[] = [];
  const warn = (line: string) => {
    warnings.push(line);
  };
  const source = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) warn('Framework.config is missing or not an object; the defaults apply');
  for (const key of Object.keys(source)) {
    if (!TOP_KEYS.has(key)) warn(`unknown key config.${key}`);
  }
  const clientIds: Record<string, string> = {};
  if (isRecord(source.clientIds)) {
    for (const [host, id] of Object.entries(source.clientIds)) {
      if (typeof id === 'string' && id.trim() !== '') clientIds[host.toLowerCase()] = id.trim();
    }
  } else if (source.clientIds !== undefined) {
    warn('config.clientIds must map platform hosts to OAuth client ids');
  }
  const attributes = Array.isArray(source.customInteractionAttributes)
    ? source.customInteractionAttributes.filter((name): name is string => typeof name === 'string')
    : [];
  const helpLinks: HelpLinks = {};
  if (isRecord(source.helpLinks)) {
    for (const [key, value] of Object.entries(source.helpLinks)) {
      const url = httpUrl(value);
      if (!HELP_LINK_KEYS.has(key)) warn(`unknown help link config.helpLinks.${key}`);
      else if (url === undefined) warn(`config.helpLinks.${key} is not an http(s) URL`);
      else helpLinks[key as keyof HelpLinks] = url;
    }
  }
  const getUserLanguage =
    typeof source.getUserLanguage === 'function'
      ? (source.getUserLanguage as FrameworkConfig['getUserLanguage'])
      : undefined;
  return {
    config: {
      name: typeof source.name === 'string' ? source.name : '',
      clientIds,
      customInteractionAttributes: attributes,
      settings: readSettings(source.settings, warn),
      helpLinks,
      ...(getUserLanguage === undefined ? {} : { getUserLanguage }),
    },
    warnings,
  };
}

/**
 * The OAuth client for a login host: the entry whose key is the host or a suffix of it at a
 * label boundary (`usw2.pure.cloud` for `login.usw2.pure.cloud`), the longest match first.
 */
export function clientIdFor(
  clientIds: Record<string, string>,
  loginBaseUrl: string,
): string | undefined {
  const host = new URL(loginBaseUrl).hostname.toLowerCase();
  const matches = Object.keys(clientIds)
    .filter((key) => host === key || host.endsWith(`.${key}`))
    .sort((a, b) => b.length - a.length);
  const best = matches[0];
  return best === undefined ? undefined : clientIds[best];
}
