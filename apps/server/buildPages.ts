// Builds the standalone, demo and OAuth callback pages (preact/compat, purged SLDS, hashed
// assets) into a folder the demo server can serve without Vite. `npm run build:standalone` writes apps/dist.
import { linkPurgedSlds } from './pagesSlds';
import { ALL_PAGES, appsViteConfig, defaultDistDir } from './viteConfig';

export async function buildPages(outDir: string = defaultDistDir): Promise<string> {
  // A dynamic import loads Vite as the ES module it is; a CommonJS require of it (what tsx
  // and jest turn a static import into) breaks its internal plugin filters.
  const { build } = await import('vite');
  // The standalone page builds alone. Built with the others, it shared five small chunks
  // with them (and preact and its texts had to be split off so its first script would not
  // wait for them): ten requests before its first render where alone it makes three, its
  // first script and the client's code and its stylesheet. The other pages follow into the
  // same folder. docs/benchmarks.md has the figures.
  await build(appsViteConfig({ mode: 'production', outDir, pages: ['standalone'] }));
  const others = ALL_PAGES.filter((page) => page !== 'standalone');
  await build(appsViteConfig({ mode: 'production', outDir, pages: others, keepOutDir: true }));
  await linkPurgedSlds(outDir);
  return outDir;
}

// Run directly (tsx apps/server/buildPages.ts [outDir]); imported, it only exports.
if (require.main === module) {
  const outDir = process.argv[2] ?? defaultDistDir;
  buildPages(outDir).then(
    () => {
      console.log(`Built the standalone, demo and callback pages into ${outDir}`);
    },
    (error: unknown) => {
      console.error(`The build failed: ${String(error)}`);
      process.exit(1);
    },
  );
}
