// One Vite configuration for the pages under apps/: the demo server runs it in middleware
// mode; `npm run build:standalone`, the browser tests and the benchmarks build it.
import path from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { DEFAULT_PLATFORM_URL } from './platformDefaults';

// CommonJS everywhere this runs (tsx without "type": "module", jest), so __dirname exists.
export const appsDir = path.resolve(__dirname, '..');
export const defaultDistDir = path.join(appsDir, 'dist');

const PLATFORM_META = /(<meta name="acd-default-platform" content=")[^"]*(")/;

/** Writes the platform base URL into the pages' `acd-default-platform` meta tag. */
export function withDefaultPlatform(html: string, platformBaseUrl: string): string {
  return html.replace(PLATFORM_META, `$1${platformBaseUrl.replace(/"/g, '&quot;')}$2`);
}

function defaultPlatformPlugin(platformBaseUrl: string): Plugin {
  return {
    name: 'acd-default-platform',
    transformIndexHtml: (html) => withDefaultPlatform(html, platformBaseUrl),
  };
}

export interface AppsViteOptions {
  mode: 'development' | 'production';
  platformBaseUrl?: string;
  outDir?: string;
}

export function appsViteConfig(options: AppsViteOptions): InlineConfig {
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
    plugins: [defaultPlatformPlugin(options.platformBaseUrl ?? DEFAULT_PLATFORM_URL)],
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: options.outDir ?? defaultDistDir,
      emptyOutDir: true,
      // Vite's CSS minifier fails on SLDS's prebuilt stylesheet; it is already minified.
      cssMinify: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {
          standalone: path.join(appsDir, 'standalone/index.html'),
          demo: path.join(appsDir, 'demo/index.html'),
        },
      },
    },
  };
}
