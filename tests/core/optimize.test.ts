import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertManyMentors } from '../helpers/factories/mentors';
import { createTestCore } from '../helpers/store';

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
});
