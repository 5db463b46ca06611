// The offline deploy check of force-app: source-deploy-retrieve converts it to Metadata API
// format, and because SDR validates little (it silently drops files it cannot place, accepts
// malformed XML and dangling references) the stricter checks below fail on what it would drop.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import {
  ComponentSet,
  ForceIgnore,
  MetadataConverter,
  type SourceComponent,
} from '@salesforce/source-deploy-retrieve';
import { child, children, parseXml, text, texts, xmlProblem, type XmlNode } from './salesforceXml';
import { platformRuleProblems } from './rules/projectRules';

/** The utility bar API (lightning/platformUtilityBarApi) needs this LWC API version. */
export const MIN_UTILITY_BAR_API_VERSION = 61;

export interface MetadataReport {
  /** `Type:fullName` of every component SDR resolved. */
  components: string[];
  /** Files written in Metadata API format (relative to the output folder). */
  convertedFiles: string[];
  sourceApiVersion: string | undefined;
  problems: string[];
}

interface SfdxProject {
  packageDirectories?: { path: string }[];
  sourceApiVersion?: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((file) => statSync(file).isFile());
}

function allComponents(set: ComponentSet): SourceComponent[] {
  const found: SourceComponent[] = [];
  const visit = (component: SourceComponent) => {
    found.push(component);
    component.getChildren().forEach(visit);
  };
  set.getSourceComponents().toArray().forEach(visit);
  return found;
}

function claimedFiles(component: SourceComponent): string[] {
  const files = component.xml ? [component.xml] : [];
  if (component.content) {
    files.push(
      ...(statSync(component.content).isDirectory()
        ? component.walkContent()
        : [component.content]),
    );
  }
  return files;
}

function readXml(file: string): XmlNode {
  return parseXml(readFileSync(file, 'utf8'));
}

/** Cross-references between the components: app -> utility bar -> LWC -> static resource. */
function referenceProblems(components: SourceComponent[], root: string): string[] {
  const problems: string[] = [];
  const named = (type: string) =>
    new Map(components.filter((c) => c.type.name === type).map((c) => [c.fullName, c] as const));
  const apps = named('CustomApplication');
  const pages = named('FlexiPage');
  const bundles = named('LightningComponentBundle');
  const auraBundles = named('AuraDefinitionBundle');
  const resources = named('StaticResource');
  const tabs = named('CustomTab');
  const where = (component: SourceComponent) => relative(root, component.xml ?? '');

  const bundleMeta = new Map<string, XmlNode>();
  for (const [name, bundle] of bundles) {
    if (!bundle.xml) continue;
    const meta = child(readXml(bundle.xml), 'LightningComponentBundle') ?? {};
    bundleMeta.set(name, meta);
    const targets = texts(child(meta, 'targets'), 'target');
    const apiVersion = Number(text(meta, 'apiVersion'));
    if (targets.includes('lightning__UtilityBar')) {
      if (!(apiVersion >= MIN_UTILITY_BAR_API_VERSION)) {
        problems.push(
          `${where(bundle)}: apiVersion ${String(text(meta, 'apiVersion'))} is below ${MIN_UTILITY_BAR_API_VERSION}, which lightning/platformUtilityBarApi needs`,
        );
      }
      if (text(meta, 'isExposed') !== 'true') {
        problems.push(`${where(bundle)}: a utility bar component must set isExposed to true`);
      }
    }
    for (const file of bundle.walkContent()) {
      if (!file.endsWith('.js')) continue;
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/['"]@salesforce\/resourceUrl\/([\w.]+)['"]/g)) {
        const resource = match[1] ?? '';
        if (!resources.has(resource)) {
          problems.push(
            `${relative(root, file)}: imports the static resource "${resource}", which is not in the project`,
          );
        }
      }
      for (const match of source.matchAll(/from\s+['"]c\/(\w+)['"]/g)) {
        const imported = match[1] ?? '';
        if (!bundles.has(imported)) {
          problems.push(
            `${relative(root, file)}: imports c/${imported}, which is not in the project`,
          );
        }
      }
    }
  }

  for (const [name, app] of apps) {
    if (!app.xml) continue;
    const meta = child(readXml(app.xml), 'CustomApplication') ?? {};
    const utilityBar = text(meta, 'utilityBar');
    if (utilityBar !== undefined) {
      const page = pages.get(utilityBar);
      if (!page?.xml) {
        problems.push(
          `${where(app)}: utilityBar "${utilityBar}" is not a FlexiPage in the project`,
        );
      } else {
        const pageType = text(child(readXml(page.xml), 'FlexiPage'), 'type');
        if (pageType !== 'UtilityBar') {
          problems.push(
            `${where(app)}: utilityBar "${utilityBar}" is a FlexiPage of type ${String(pageType)}, not UtilityBar`,
          );
        }
      }
    }
    for (const tab of texts(meta, 'tabs')) {
      if (!tab.startsWith('standard-') && !tabs.has(tab)) {
        problems.push(`${where(app)}: tab "${tab}" is neither standard nor in the project`);
      }
    }
    if (name === '') problems.push(`${where(app)}: the app has no name`);
  }

  for (const [, page] of pages) {
    if (!page.xml) continue;
    const meta = child(readXml(page.xml), 'FlexiPage') ?? {};
    const isUtilityBar = text(meta, 'type') === 'UtilityBar';
    for (const region of children(meta, 'flexiPageRegions')) {
      for (const item of children(region, 'itemInstances')) {
        const instance = child(item, 'componentInstance');
        const componentName = text(instance, 'componentName');
        if (instance === undefined || componentName === undefined) continue;
        const [namespace, bundleName] = componentName.includes(':')
          ? componentName.split(':')
          : ['c', componentName];
        if (namespace !== 'c' || bundleName === undefined) continue; // platform components
        const meta = bundleMeta.get(bundleName);
        if (meta === undefined) {
          if (!auraBundles.has(bundleName)) {
            problems.push(`${where(page)}: component "${componentName}" is not in the project`);
          }
          continue;
        }
        const target = isUtilityBar ? 'lightning__UtilityBar' : undefined;
        if (target !== undefined && !texts(child(meta, 'targets'), 'target').includes(target)) {
          problems.push(`${where(page)}: "${componentName}" does not declare the ${target} target`);
          continue;
        }
        const designProperties = new Set(
          children(child(meta, 'targetConfigs'), 'targetConfig')
            .filter((config) => target === undefined || String(config['@targets']).includes(target))
            .flatMap((config) => children(config, 'property'))
            .map((property) => String(property['@name'])),
        );
        for (const property of children(instance, 'componentInstanceProperties')) {
          const propertyName = text(property, 'name') ?? '';
          if (text(property, 'type') === 'decorator') continue; // the utility item's own settings
          if (!designProperties.has(propertyName)) {
            problems.push(
              `${where(page)}: "${componentName}" has no design property "${propertyName}"`,
            );
          }
        }
      }
    }
  }

  for (const permissionSet of components.filter((c) => c.type.name === 'PermissionSet')) {
    if (!permissionSet.xml) continue;
    const meta = child(readXml(permissionSet.xml), 'PermissionSet') ?? {};
    for (const visibility of children(meta, 'applicationVisibilities')) {
      const application = text(visibility, 'application') ?? '';
      if (!application.startsWith('standard__') && !apps.has(application)) {
        problems.push(
          `${where(permissionSet)}: application "${application}" is not in the project`,
        );
      }
    }
  }
  return problems;
}

function presenceProblems(components: SourceComponent[], root: string): string[] {
  const problems: string[] = [];
  for (const component of components) {
    const label = `${component.type.name} ${component.fullName}`;
    if (component.parent !== undefined) continue; // children live in their parent's file
    if (!component.xml || !existsSync(component.xml)) {
      problems.push(`${label}: its -meta.xml file is missing`);
    }
    if (component.type.name === 'StaticResource') {
      if (!component.content || !existsSync(component.content)) {
        problems.push(
          `${label}: the resource content is missing next to ${relative(root, component.xml ?? '')} (run npm run build:salesforce)`,
        );
      }
    }
    if (component.type.name === 'LightningComponentBundle') {
      const files = component.walkContent().map((file) => relative(component.content ?? '', file));
      if (!files.includes(`${component.name}.js`)) {
        problems.push(`${label}: the bundle has no ${component.name}.js`);
      }
    }
  }
  return problems;
}

export async function checkSalesforceProject(
  projectDir: string,
  outputDir: string = mkdtempSync(join(tmpdir(), 'acd-mdapi-')),
): Promise<MetadataReport> {
  const root = resolve(projectDir);
  const problems: string[] = [];
  const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as SfdxProject;
  const sourceApiVersion = project.sourceApiVersion;
  if (sourceApiVersion === undefined) problems.push('sfdx-project.json: no sourceApiVersion');
  const packageDirs = (project.packageDirectories ?? []).map((dir) => join(root, dir.path));
  if (packageDirs.length === 0) problems.push('sfdx-project.json: no packageDirectories');

  const forceIgnore = ForceIgnore.findAndCreate(root);
  const files = packageDirs.flatMap(listFiles).filter((file) => forceIgnore.accepts(file));

  for (const file of files.filter((f) => f.endsWith('.xml'))) {
    const problem = xmlProblem(readFileSync(file, 'utf8'));
    if (problem !== null)
      problems.push(`${relative(root, file)}: XML is not well formed: ${problem}`);
  }
  if (problems.length > 0) {
    // SDR would misread malformed files; the references below cannot be trusted either.
    return { components: [], convertedFiles: [], sourceApiVersion, problems };
  }

  // SDR throws on a resource meta file without content; say what to do instead.
  for (const meta of files.filter((f) => f.endsWith('.resource-meta.xml'))) {
    const base = meta.slice(0, -'.resource-meta.xml'.length);
    const name = base.slice(base.lastIndexOf('/') + 1);
    const siblings = readdirSync(join(base, '..')).filter(
      (entry) => entry.startsWith(`${name}.`) && !entry.endsWith('-meta.xml'),
    );
    if (siblings.length === 0 && !existsSync(base)) {
      problems.push(
        `StaticResource ${name}: the resource content is missing next to ${relative(root, meta)} (run npm run build:salesforce)`,
      );
    }
  }
  if (problems.length > 0) {
    return { components: [], convertedFiles: [], sourceApiVersion, problems };
  }

  let set: ComponentSet;
  try {
    set = ComponentSet.fromSource({ fsPaths: packageDirs });
  } catch (error) {
    problems.push(
      `source-deploy-retrieve could not resolve the project: ${error instanceof Error ? error.message : String(error)}`,
    );
    return { components: [], convertedFiles: [], sourceApiVersion, problems };
  }
  if (sourceApiVersion !== undefined) set.sourceApiVersion = sourceApiVersion;
  const components = allComponents(set);

  const claimed = new Set(components.flatMap(claimedFiles).map((file) => resolve(file)));
  for (const file of files) {
    if (!claimed.has(resolve(file))) {
      problems.push(
        `${relative(root, file)}: no metadata component claims this file (wrong suffix, or a missing -meta.xml?); SDR would drop it`,
      );
    }
  }
  problems.push(...presenceProblems(components, root));
  problems.push(...referenceProblems(components, root));
  problems.push(...platformRuleProblems(components, root));

  let convertedFiles: string[] = [];
  try {
    const result = await new MetadataConverter().convert(set, 'metadata', {
      type: 'directory',
      outputDirectory: outputDir,
      genUniqueDir: false,
    });
    const converted = result.converted ?? [];
    convertedFiles = listFiles(outputDir).map((file) => relative(outputDir, file));
    const convertedNames = new Set(converted.map((c) => `${c.type.name}:${c.fullName}`));
    for (const component of set.getSourceComponents().toArray()) {
      if (!convertedNames.has(`${component.type.name}:${component.fullName}`)) {
        problems.push(`${component.type.name} ${component.fullName}: dropped by the conversion`);
      }
    }
    const manifest = parseXml(readFileSync(join(outputDir, 'package.xml'), 'utf8'));
    const version = text(child(manifest, 'Package'), 'version');
    if (version !== sourceApiVersion) {
      problems.push(`package.xml: version ${String(version)} is not ${String(sourceApiVersion)}`);
    }
  } catch (error) {
    problems.push(`conversion failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  return {
    components: components.map((c) => `${c.type.name}:${c.fullName}`).sort(),
    convertedFiles: convertedFiles.sort(),
    sourceApiVersion,
    problems,
  };
}

/** Runs the check and removes its scratch output. */
export async function checkSalesforceProjectOnce(projectDir: string): Promise<MetadataReport> {
  const outputDir = mkdtempSync(join(tmpdir(), 'acd-mdapi-'));
  try {
    return await checkSalesforceProject(projectDir, outputDir);
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}
