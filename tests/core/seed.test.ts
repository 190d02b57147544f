import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { seedFile } from '../../scripts/seed';
import { tempDir } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

const dir = tempDir();
afterAll(() => removeTree(dir));
const now = new Date('2026-11-23T09:00:00.000Z');

function dump(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return ['mentors', 'goals', 'meetings', 'agenda_items', 'advice', 'commitments'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all());
  } finally {
    db.close();
  }
}

describe('the seed', () => {
  it('is deterministic: the same seed gives identical rows, another seed different ones', async () => {
    const a = path.join(dir, 'a.db');
    const b = path.join(dir, 'b.db');
    const c = path.join(dir, 'c.db');
    const counts = await seedFile(a, 'small', 7, now);
    await seedFile(b, 'small', 7, now);
    await seedFile(c, 'small', 8, now);
    expect(counts).toMatchObject({ mentors: 20, meetings: 50, agenda_items: 500, advice: 200, commitments: 600 });
    expect(dump(a)).toEqual(dump(b));
    expect(dump(a)).not.toEqual(dump(c));
  });

  it('produces data the app reads: foreign keys hold and the search index is filled', async () => {
    const file = path.join(dir, 'check.db');
    await seedFile(file, 'small', 1, now);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect((db.prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'strategy'").get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
