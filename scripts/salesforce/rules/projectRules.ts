// Gathers what the platform rules read (component sources, Apex classes, permission set
// grants) from the components source-deploy-retrieve resolved, and runs the rules.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';
import { child, children, parseXml, text } from '../salesforceXml';
import { apexProblems, type ApexSource } from './apexRules';
import { lwcProblems, type LwcBundleSource } from './lwcRules';

function bundleSource(bundle: SourceComponent, root: string): LwcBundleSource | undefined {
  if (!bundle.xml) return undefined;
  const meta = child(parseXml(readFileSync(bundle.xml, 'utf8')), 'LightningComponentBundle');
  const read = (suffix: string) =>
    bundle
      .walkContent()
      .filter((file) => file.endsWith(suffix))
      .map((file) => ({ file: relative(root, file), text: readFileSync(file, 'utf8') }));
  return {
    where: relative(root, bundle.xml),
    apiVersion: Number(text(meta, 'apiVersion')),
    js: read('.js'),
    html: read('.html'),
  };
}

/** Classes some permission set lets its users run. */
function grantedClasses(components: SourceComponent[]): Set<string> {
  const granted = new Set<string>();
  for (const permissionSet of components.filter((c) => c.type.name === 'PermissionSet')) {
    if (!permissionSet.xml) continue;
    const meta = child(parseXml(readFileSync(permissionSet.xml, 'utf8')), 'PermissionSet');
    for (const access of children(meta, 'classAccesses')) {
      const name = text(access, 'apexClass');
      if (name !== undefined && text(access, 'enabled') === 'true') granted.add(name);
    }
  }
  return granted;
}

export function platformRuleProblems(components: SourceComponent[], root: string): string[] {
  const bundles = components
    .filter((c) => c.type.name === 'LightningComponentBundle')
    .map((bundle) => bundleSource(bundle, root))
    .filter((bundle): bundle is LwcBundleSource => bundle !== undefined);
  const classes: ApexSource[] = components
    .filter((c) => c.type.name === 'ApexClass' && c.content !== undefined)
    .map((c) => ({
      file: relative(root, c.content ?? ''),
      name: c.fullName,
      text: readFileSync(c.content ?? '', 'utf8'),
    }));
  return [...lwcProblems(bundles), ...apexProblems(classes, grantedClasses(components))];
}
