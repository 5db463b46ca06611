// XML reading for the metadata checks, with the fast-xml-parser that source-deploy-retrieve
// itself depends on (resolved from it, so the check reads XML the way SDR does).
import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';

const requireFromSdr = createRequire(require.resolve('@salesforce/source-deploy-retrieve'));
// XMLValidator moved to the separate fast-xml-validator package, which is not installed here;
// the copy inside SDR's parser still validates the same way.
// eslint-disable-next-line @typescript-eslint/no-deprecated
const { XMLParser, XMLValidator } = requireFromSdr('fast-xml-parser') as typeof FastXmlParser;

// Elements that may repeat: always read as arrays so one and many look alike.
const REPEATED = new Set([
  'applicationVisibilities',
  'classAccesses',
  'componentInstanceProperties',
  'flexiPageRegions',
  'itemInstances',
  'objectPermissions',
  'property',
  'tabs',
  'target',
  'targetConfig',
  'userPermissions',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

/** Null when the XML is well formed, else the parser's complaint with its line. */
export function xmlProblem(text: string): string | null {
  const result = XMLValidator.validate(text);
  return result === true ? null : `${result.err.msg} (line ${result.err.line})`;
}

export type XmlNode = Record<string, unknown>;

export function parseXml(text: string): XmlNode {
  return parser.parse(text) as XmlNode;
}

export function child(node: unknown, name: string): XmlNode | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlNode)[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as XmlNode)
    : undefined;
}

export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlNode)[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function text(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const value = (node as XmlNode)[name];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Repeated elements whose content is plain text (tabs, target). */
export function texts(node: unknown, name: string): string[] {
  return children(node, name).map((value) =>
    typeof value === 'string' ? (value as string).trim() : '',
  );
}
