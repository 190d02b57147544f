import path from 'node:path';
import { build } from 'esbuild';

const REPO = path.resolve(__dirname, '../..');

/**
 * Bundles a child-process script from tests/helpers into `outDir` (one CommonJS file, packages left to
 * node_modules), so each child the crash tests kill starts in a fraction of a second (tsx takes seconds).
 * Run it with NODE_PATH pointing at the repository's node_modules. Returns the bundle's path.
 */
export async function bundleChild(helperName: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${helperName}.cjs`);
  await build({
    entryPoints: [path.join(REPO, 'tests/helpers', `${helperName}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
