// npm run seed -- --profile heavy|small [--scale 10] [--seed 42] [--db path] [--now ISO]
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../electron/core/db/migrate';
import { PROFILES, seedDatabase, type ProfileName } from './lib/seed-data';

export const DEFAULT_NOW = '2026-11-23T09:00:00.000Z';

export function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

/** Creates (replacing) a seeded database file through the real migrations. */
export async function seedFile(file: string, profile: ProfileName, seed: number, now: Date, scale = 1) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const store = await openStore({ path: file, migrationsFolder: path.resolve(__dirname, '../drizzle') });
  try {
    return seedDatabase(store.sqlite, { profile, seed, now, scale });
  } finally {
    store.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const profile = (argValue(args, 'profile') ?? 'small') as ProfileName;
  if (!(profile in PROFILES)) throw new Error(`Unknown profile "${profile}". Use one of: ${Object.keys(PROFILES).join(', ')}.`);
  const seed = Number(argValue(args, 'seed') ?? 42);
  const scale = Number(argValue(args, 'scale') ?? 1);
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) throw new Error('--scale must be a whole number from 1 to 100.');
  const file = path.resolve(argValue(args, 'db') ?? `.tmp/seed-${profile}${scale > 1 ? `-x${scale}` : ''}-${seed}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const started = performance.now();
  const counts = await seedFile(file, profile, seed, new Date(argValue(args, 'now') ?? DEFAULT_NOW), scale);
  console.log(`Seeded ${file} (profile ${profile}, scale ${scale}×, seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(14)} ${n}`);
  console.log(`Open it with: MENTOR_PLANNER_DB=${file} npm run start:web`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
