import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core/app-core';
import { insertManyMentors } from '../helpers/factories/mentors';
import { createTestCore, MIGRATIONS } from '../helpers/store';

// The statement FTS5 runs to drop merged segments of the search index (its shadow tables refuse writes from outside).
const rangePlan = (sqlite: Database.Database) =>
  (sqlite.prepare('EXPLAIN QUERY PLAN SELECT id FROM search_index_data WHERE id >= ? AND id <= ?').all(1, 2) as { detail: string }[]).map((r) => r.detail);

describe('query planner statistics', () => {
  it('are gathered when the store opens and kept current when it closes, on the real file', async () => {
    const core = await createTestCore();
    const file = core.store.path;
    insertManyMentors(core, 300, '2026-01-01T00:00:00.000Z');
    core.close();
    const sqlite = new Database(file, { readonly: true });
    const stats = sqlite.prepare("SELECT tbl FROM sqlite_stat1 WHERE tbl = 'mentors'").all();
    sqlite.close();
    expect(stats.length).toBeGreaterThan(0);
    core.dispose();
  });

  it('leave the search index dropping merged segments by key in a store opened empty, so a big restore into it is not quadratic', async () => {
    const core = await createTestCore();
    try {
      // Analysed at open, the new store's index holds 2 rows: without care the range becomes a full scan.
      expect(core.store.sqlite.prepare("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'search_index_data'").get()).toBeTruthy();
      expect(rangePlan(core.store.sqlite)).toEqual([expect.stringMatching(/^SEARCH search_index_data USING INTEGER PRIMARY KEY/)]);
      insertManyMentors(core, 50, '2026-01-01T00:00:00.000Z');
      core.close();
      // Closed (plain optimize) and opened again: still by key.
      const again = await startCore({ dataDir: core.dir, migrationsFolderCandidates: [MIGRATIONS], appVersion: '0.0.0-test', dailyCopyAfterMs: null });
      expect(rangePlan(again.store.sqlite)).toEqual([expect.stringMatching(/^SEARCH search_index_data USING INTEGER PRIMARY KEY/)]);
      again.close();
    } finally {
      core.dispose();
    }
  });
});
