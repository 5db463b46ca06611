import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  const outDir = process.env.E2E_DIST_DIR;
  if (outDir !== undefined && outDir !== '') rmSync(outDir, { recursive: true, force: true });
}
