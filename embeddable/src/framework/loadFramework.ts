// Loads the integrator's framework.js from the URL config.json fixes, and waits for it to
// define window.Framework (some files define it later, once their CRM page answered).
// Every way it can go wrong ends in a result, never an exception: the client runs without
// CRM features and the agent is told why.
import type { FrameworkFile } from './frameworkTypes';

export type FrameworkLoad =
  | { kind: 'loaded'; framework: FrameworkFile }
  | { kind: 'none' }
  | { kind: 'failed'; detail: string }
  | { kind: 'undefined' };

export interface LoadFrameworkOptions {
  /** How long a loaded file may take to define window.Framework. */
  defineTimeoutMs?: number;
  loadTimeoutMs?: number;
}

type FrameworkWindow = Window & { Framework?: unknown };

const isFramework = (value: unknown): value is FrameworkFile =>
  typeof value === 'object' && value !== null;

export function loadFramework(
  win: Window,
  frameworkUrl: string | undefined,
  options: LoadFrameworkOptions = {},
): Promise<FrameworkLoad> {
  if (frameworkUrl === undefined) return Promise.resolve({ kind: 'none' });
  const doc = win.document;
  return new Promise((resolve) => {
    let scriptError: string | undefined;
    const onError = (event: ErrorEvent) => {
      if (event.filename === frameworkUrl) scriptError = event.message;
    };
    win.addEventListener('error', onError);
    const finish = (result: FrameworkLoad) => {
      win.removeEventListener('error', onError);
      clearTimeout(loadTimer);
      resolve(result);
    };
    const loadTimer = setTimeout(() => {
      finish({ kind: 'failed', detail: `${frameworkUrl} did not load in time` });
    }, options.loadTimeoutMs ?? 15_000);
    const script = doc.createElement('script');
    script.src = frameworkUrl;
    script.async = true;
    script.addEventListener('error', () => {
      finish({ kind: 'failed', detail: `${frameworkUrl} could not be fetched` });
    });
    script.addEventListener('load', () => {
      clearTimeout(loadTimer);
      if (scriptError !== undefined) {
        finish({ kind: 'failed', detail: scriptError });
        return;
      }
      const deadline = Date.now() + (options.defineTimeoutMs ?? 5_000);
      const poll = () => {
        const framework = (win as FrameworkWindow).Framework;
        if (isFramework(framework)) finish({ kind: 'loaded', framework });
        else if (Date.now() >= deadline) finish({ kind: 'undefined' });
        else setTimeout(poll, 50);
      };
      poll();
    });
    doc.head.append(script);
  });
}
