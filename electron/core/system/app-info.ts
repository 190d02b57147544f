import type { Store } from '../db/client';
import type { AppInfo } from './contract';

export function appInfo(store: Store, version: string): AppInfo {
  const count = (table: string) =>
    (store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    version,
    databasePath: store.path,
    schemaVersion: count('__drizzle_migrations'),
    counts: {
      mentors: count('mentors'),
      goals: count('goals'),
      meetings: count('meetings'),
      commitments: count('commitments'),
    },
  };
}
