// Checks the Zendesk app folder the way an upload would need it: manifest.json is valid JSON
// with the required keys, every location has a url, every parameter is named and labelled
// (label + help text) in every translation, and every asset the app refers to exists.
// `source` mode (npm test) resolves built assets to their build inputs; `built` mode (after
// `npm run build:zendesk`) wants the files themselves, and the scripts the HTML loads.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from '@acd/shared';

export type CheckMode = 'source' | 'built';

const REQUIRED_KEYS = [
  'name',
  'author',
  'defaultLocale',
  'location',
  'version',
  'frameworkVersion',
];
const REQUIRED_LOCATIONS = ['background', 'ticket_sidebar', 'top_bar'];
const PARAMETER_TYPES = ['text', 'password', 'checkbox', 'url', 'number', 'multiline', 'hidden'];
/** Files Zendesk wants in assets/ beside what the locations load. */
const REQUIRED_ASSETS = ['logo.png', 'logo-small.png', 'icon_top_bar.svg'];

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    problems.push(
      `${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

/** Where a file the app refers to as assets/<name> is, before or after the build. */
function assetExists(appDir: string, assetPath: string, mode: CheckMode): boolean {
  if (existsSync(path.join(appDir, assetPath))) return true;
  if (mode === 'built') return false;
  const name = assetPath.replace(/^assets\//, '');
  return (
    existsSync(path.join(appDir, 'public', name)) || existsSync(path.join(appDir, 'src', name))
  );
}

/** Scripts and styles an HTML file loads by relative path. */
function referencedFiles(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  return refs.filter(
    (ref) => ref !== '' && !/^(?:[a-z]+:)?\/\//i.test(ref) && !ref.startsWith('data:'),
  );
}

export function checkZendeskApp(appDir: string, mode: CheckMode = 'source'): string[] {
  const problems: string[] = [];
  const manifest = readJson(path.join(appDir, 'manifest.json'), problems);
  if (!isRecord(manifest)) {
    if (manifest !== undefined) problems.push('manifest.json: not a JSON object');
    return problems;
  }
  for (const key of REQUIRED_KEYS) {
    if (!(key in manifest)) problems.push(`manifest.json: missing "${key}"`);
  }
  if (manifest.frameworkVersion !== '2.0')
    problems.push('manifest.json: frameworkVersion must be "2.0"');
  const author = manifest.author;
  if (!isRecord(author) || typeof author.name !== 'string' || typeof author.email !== 'string') {
    problems.push('manifest.json: author needs a name and an email');
  }

  const urls = new Set<string>();
  const support = isRecord(manifest.location) ? manifest.location.support : undefined;
  if (!isRecord(support)) problems.push('manifest.json: no location.support');
  else {
    for (const name of REQUIRED_LOCATIONS) {
      if (!(name in support)) problems.push(`manifest.json: no support.${name} location`);
    }
    for (const [name, location] of Object.entries(support)) {
      const url =
        typeof location === 'string' ? location : isRecord(location) ? location.url : undefined;
      if (typeof url !== 'string' || url === '')
        problems.push(`manifest.json: support.${name} has no url`);
      else urls.add(url);
    }
    const sidebar = support.ticket_sidebar;
    if (isRecord(sidebar) && sidebar.flexible !== true) {
      problems.push('manifest.json: support.ticket_sidebar must be flexible');
    }
  }

  const parameterNames: string[] = [];
  const parameters = manifest.parameters;
  if (!Array.isArray(parameters)) problems.push('manifest.json: parameters must be a list');
  else {
    parameters.forEach((parameter: unknown, index) => {
      if (!isRecord(parameter) || typeof parameter.name !== 'string' || parameter.name === '') {
        problems.push(`manifest.json: parameter ${index} has no name`);
        return;
      }
      if (parameterNames.includes(parameter.name)) {
        problems.push(`manifest.json: parameter ${parameter.name} is declared twice`);
      }
      parameterNames.push(parameter.name);
      if (!PARAMETER_TYPES.includes(String(parameter.type))) {
        problems.push(
          `manifest.json: parameter ${parameter.name} has type ${String(parameter.type)}`,
        );
      }
    });
  }

  const translationsDir = path.join(appDir, 'translations');
  const locales = existsSync(translationsDir)
    ? readdirSync(translationsDir).filter((file) => file.endsWith('.json'))
    : [];
  if (!locales.includes(`${String(manifest.defaultLocale)}.json`)) {
    problems.push(`translations: no ${String(manifest.defaultLocale)}.json for the default locale`);
  }
  for (const file of locales) {
    const translation = readJson(path.join(translationsDir, file), problems);
    const app = isRecord(translation) ? translation.app : undefined;
    if (!isRecord(app)) {
      problems.push(`translations/${file}: no "app" object`);
      continue;
    }
    for (const key of [
      'name',
      'short_description',
      'long_description',
      'installation_instructions',
    ]) {
      if (typeof app[key] !== 'string' || app[key] === '')
        problems.push(`translations/${file}: no app.${key}`);
    }
    const labels = isRecord(app.parameters) ? app.parameters : {};
    for (const name of parameterNames) {
      const entry = labels[name];
      for (const key of ['label', 'helpText']) {
        if (!isRecord(entry) || typeof entry[key] !== 'string' || entry[key] === '') {
          problems.push(`translations/${file}: parameter ${name} has no ${key}`);
        }
      }
    }
    for (const name of Object.keys(labels)) {
      if (!parameterNames.includes(name))
        problems.push(`translations/${file}: ${name} is not a parameter`);
    }
  }

  for (const url of urls) {
    if (/^https?:\/\//.test(url)) continue;
    if (!url.startsWith('assets/'))
      problems.push(`manifest.json: location url ${url} is not under assets/`);
    else if (!assetExists(appDir, url, mode)) problems.push(`${url}: missing`);
    else if (mode === 'built' && url.endsWith('.html')) {
      const html = readFileSync(path.join(appDir, url), 'utf8');
      for (const ref of referencedFiles(html)) {
        const file = path.join(path.dirname(path.join(appDir, url)), ref);
        if (!existsSync(file)) problems.push(`${url}: loads ${ref}, which is missing`);
      }
    }
  }
  for (const name of REQUIRED_ASSETS) {
    if (!assetExists(appDir, `assets/${name}`, mode)) problems.push(`assets/${name}: missing`);
  }
  return problems;
}
