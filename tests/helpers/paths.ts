import path from 'node:path';

/** The build under test: `out/` by default; MP_OUT_DIR points elsewhere (parallel builds). */
export const OUT_DIR = path.resolve(process.env.MP_OUT_DIR ?? path.resolve(__dirname, '../../out'));
export const REPO_ROOT = path.resolve(__dirname, '../..');
