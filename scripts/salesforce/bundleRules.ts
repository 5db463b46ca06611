// What a static resource script must not do under Lightning Web Security, checked on the
// built code: no eval or Function constructor, no workers or service workers, no chunk
// loading, and exactly one global.
import { runInNewContext } from 'node:vm';

const FORBIDDEN: [RegExp, string][] = [
  [/\beval\s*\(/, 'calls eval'],
  [/\bnew\s+Function\s*\(/, 'builds code with new Function'],
  [/\bserviceWorker\b/, 'touches navigator.serviceWorker'],
  [/\bnew\s+(Shared)?Worker\s*\(/, 'starts a Worker'],
  [/\bimportScripts\s*\(/, 'calls importScripts'],
  [/\bimport\s*\(/, 'loads code with a dynamic import()'],
];

/** The globals the script defines when run as a classic script in a bare browser-like scope. */
export function definedGlobals(code: string): string[] {
  const scope: Record<string, unknown> = {};
  scope.window = scope;
  scope.self = scope;
  scope.globalThis = scope;
  const before = new Set(Object.keys(scope));
  runInNewContext(code, scope, { filename: 'acdChatClient.js' });
  return Object.keys(scope).filter((key) => !before.has(key));
}

export function bundleProblems(code: string, globalName: string): string[] {
  const problems = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(
    ([, what]) => `The bundle ${what}, which Lightning Web Security forbids`,
  );
  let globals: string[] = [];
  try {
    globals = definedGlobals(code);
  } catch (error) {
    problems.push(
      `The bundle throws when loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
    return problems;
  }
  if (globals.length !== 1 || globals[0] !== globalName) {
    problems.push(`The bundle defines the globals [${globals.join(', ')}], not only ${globalName}`);
  }
  return problems;
}
