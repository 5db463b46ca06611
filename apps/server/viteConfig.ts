// One Vite configuration for the pages under apps/: the demo server runs it in middleware
// mode; `npm run build:standalone`, the browser tests and the benchmarks build it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { preactCompat } from '../../scripts/build/preactCompat';
import { withoutFullSlds } from './pagesSlds';
import { compileHints, type StartUpModules } from './compileHints';
import { preloadDynamicImports } from './preloadDynamicImports';
import { DEFAULT_PLATFORM_URL } from './platformDefaults';

// CommonJS everywhere this runs (tsx without "type": "module", jest), so __dirname exists.
export const appsDir = path.resolve(__dirname, '..');
export const defaultDistDir = path.join(appsDir, 'dist');

const PLATFORM_META = /(<meta name="acd-default-platform" content=")[^"]*(")/;
const ALLOWED_META = /(<meta name="acd-allowed-platforms" content=")[^"]*(")/;

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Writes the platform base URL into the pages' `acd-default-platform` meta tag, and the
 * platforms `?platform=` may name (the default first) into `acd-allowed-platforms`.
 */
export function withDefaultPlatform(
  html: string,
  platformBaseUrl: string,
  allowedPlatforms: readonly string[] = [],
): string {
  const allowed = [platformBaseUrl, ...allowedPlatforms.filter((p) => p !== platformBaseUrl)];
  return html
    .replace(PLATFORM_META, `$1${attribute(platformBaseUrl)}$2`)
    .replace(ALLOWED_META, `$1${attribute(allowed.join(' '))}$2`);
}

const SIGN_IN_META = /(<meta name="acd-sign-in" content=")[^"]*(")/;

/**
 * The demo server's quick path: its pages offer the simulator's user picker unless the
 * address asks for the platform's sign-in (?signIn=oauth). A build for deployment keeps
 * "oauth".
 */
export function withDemoSignIn(html: string): string {
  return html.replace(SIGN_IN_META, '$1simulator$2');
}

function defaultPlatformPlugin(
  platformBaseUrl: string,
  allowed: readonly string[],
  demoSignIn: boolean,
): Plugin {
  return {
    name: 'acd-default-platform',
    transformIndexHtml: (html) => {
      const withPlatform = withDefaultPlatform(html, platformBaseUrl, allowed);
      return demoSignIn ? withDemoSignIn(withPlatform) : withPlatform;
    },
  };
}

const sharedSrcDir = path.resolve(appsDir, '../shared/src');

/**
 * design-system-react's component paths are raw JSX modules that import CommonJS files
 * (their own utilities, prop-types, react-dom...). In development Vite must pre-bundle each
 * component with what it imports, and it does not discover them through the linked
 * workspace package, so this lists every one the shared UI imports.
 */
export function designSystemImports(dir: string = sharedSrcDir): string[] {
  const found = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const source = readFileSync(full, 'utf8');
        for (const match of source.matchAll(/from '(@salesforce\/design-system-react\/[^']+)'/g)) {
          if (match[1] !== undefined) found.add(match[1]);
        }
      }
    }
  };
  walk(dir);
  return [...found].sort();
}

export interface AppsViteOptions {
  mode: 'development' | 'production';
  platformBaseUrl?: string;
  /** Other platform origins `?platform=` may name (the CSP's connect-src says the same). */
  allowedPlatforms?: readonly string[];
  outDir?: string;
  /** Served by the demo server: the simulator's picker by default (withDemoSignIn). */
  demoSignIn?: boolean;
  /**
   * The pages a build builds; all of them unless said. (In development Vite serves every page
   * under apps/ whatever this says: the list only seeds its dependency scan.)
   */
  pages?: readonly AppPage[];
  /** Build into `outDir` beside what an earlier build wrote there, instead of emptying it. */
  keepOutDir?: boolean;
}

/** The pages under apps/, by the name their entry chunk takes. */
const PAGE_ENTRIES = {
  standalone: 'standalone/index.html',
  demo: 'demo/index.html',
  // The OAuth callback page the popup sign-ins come back to (shared/embed/signIn).
  callback: 'callback/index.html',
} as const;

export type AppPage = keyof typeof PAGE_ENTRIES;

/**
 * The standalone page's client: the core (its first script imports it while sending the
 * start-up reads) and the view (the core imports it while starting). Preloaded beside the
 * first script and compiled on background threads (preloadDynamicImports, compileHints).
 */
const START_UP_MODULES: StartUpModules = [
  path.join(appsDir, 'standalone/startStandalone.tsx'),
  path.join(appsDir, 'standalone/standaloneView.tsx'),
];

export const ALL_PAGES = Object.keys(PAGE_ENTRIES) as AppPage[];

export function appsViteConfig(options: AppsViteOptions): InlineConfig {
  const production = options.mode === 'production';
  return {
    configFile: false,
    root: appsDir,
    mode: options.mode,
    appType: 'mpa',
    logLevel: 'warn',
    clearScreen: false,
    // React and its friends read process.env.NODE_ENV; without it the production build
    // keeps React's development code, and library code throws "process is not defined".
    define: { 'process.env.NODE_ENV': JSON.stringify(options.mode) },
    plugins: [
      defaultPlatformPlugin(
        options.platformBaseUrl ?? DEFAULT_PLATFORM_URL,
        options.allowedPlatforms ?? [],
        options.demoSignIn === true,
      ),
      ...(production
        ? [
            withoutFullSlds(),
            preloadDynamicImports(START_UP_MODULES),
            compileHints(START_UP_MODULES),
          ]
        : []),
    ],
    // The built pages render with preact/compat like every host build (React DOM was most of
    // their shared chunk); development keeps React 18 and its warnings.
    ...(production ? { resolve: { alias: preactCompat } } : {}),
    oxc: { jsx: { runtime: 'automatic' } },
    optimizeDeps: {
      include: ['react', 'react-dom', 'react-dom/client', ...designSystemImports()],
      // The component entries are .jsx files, which Vite only pre-bundles when told.
      extensions: ['.jsx'],
    },
    // Its own pre-bundle cache: other Vite builds in this repo (the CRM bundles) use the
    // default one, and sharing it lets one overwrite the other's optimized deps.
    cacheDir: path.resolve(appsDir, '../node_modules/.vite/acd-apps'),
    build: {
      outDir: options.outDir ?? defaultDistDir,
      emptyOutDir: options.keepOutDir !== true,
      // Vite's CSS minifier fails on SLDS's prebuilt stylesheet; it is already minified.
      cssMinify: false,
      reportCompressedSize: false,
      // Every browser the pages support preloads modules; the polyfill was one more request.
      // The page names its start-up chunks itself (preloadDynamicImports): at run time Vite's
      // helper has nothing to add for an import a script makes, where it would look through
      // the page's <link> elements on the main thread for chunks already linked. Pages keep
      // Vite's links for their static imports.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'js' ? [] : deps),
      },
      rolldownOptions: {
        input: Object.fromEntries(
          (options.pages ?? ALL_PAGES).map((page) => [
            page,
            path.join(appsDir, PAGE_ENTRIES[page]),
          ]),
        ),
      },
    },
  };
}
