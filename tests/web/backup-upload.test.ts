import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/core/backup/json-backup';
import { openStore } from '../../electron/core/db/migrate';
import { seedDatabase } from '../../scripts/lib/seed-data';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { openBrowserApp } from './browser-app';
import { removeTree } from '../helpers/remove-tree';

// A heavy user's backup (ten years: 60 000 commitments, 50 000 agenda items; ~56 MB) restored in
// browser mode through Settings, in Chromium. As a JSON call it is past the 16 MB body limit.
let dir: string;
let heavyBackup: string;

beforeAll(async () => {
  dir = tempDir('mp-upload-');
  const store = await openStore({ path: path.join(dir, 'heavy.db'), migrationsFolder: MIGRATIONS });
  const now = new Date('2026-11-20T12:00:00.000Z');
  const started = Date.now();
  seedDatabase(store.sqlite, { profile: 'heavy', seed: 42, now });
  console.log(`Seeded the heavy profile in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  heavyBackup = path.join(dir, 'mentor-planner-backup-heavy.json');
  fs.writeFileSync(heavyBackup, JSON.stringify(createBackup(store.db, now, 'test'), null, 1));
  store.close();
}, 180_000);
afterAll(() => removeTree(dir));

const uploadsLeft = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('mentor-planner-upload-'));
// Other browser tests upload at the same time (their staged files come and go): only a file this test left counts.
const newSince = (before: string[]) => uploadsLeft().filter((f) => !before.includes(f));

describe('restoring a heavy backup in browser mode', () => {
  it('uploads the ~56 MB file as a stream with progress and restores every row', async () => {
    const sizeMb = fs.statSync(heavyBackup).size / 1024 / 1024;
    expect(sizeMb).toBeGreaterThan(40);
    const app = await openBrowserApp();
    try {
      const leftBefore = uploadsLeft();
      // The old way, one JSON call, cannot carry it.
      const asJson = await fetch(`http://127.0.0.1:${app.server.port}/api/call/backup.restore`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${app.server.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ content: fs.readFileSync(heavyBackup, 'utf8'), mode: 'merge' }),
      }).catch(() => null);
      expect(asJson?.status ?? 413).toBe(413);

      await app.page.goto(`${app.server.url}#/settings`);
      const section = app.page.getByRole('group', { name: 'Export and backup' });
      await section.getByLabel('Restore from a backup file').setInputFiles(heavyBackup);
      const started = Date.now();
      await section.getByRole('button', { name: 'Restore', exact: true }).click();
      await expect.poll(() => section.getByRole('status').first().textContent()).toMatch(/Uploading the backup|Checking every record/);
      await expect.poll(() => section.getByRole('status').first().textContent(), { timeout: 300_000 }).toMatch(/Restored mentor-planner-backup-heavy\.json/);
      console.log(`Restored a ${sizeMb.toFixed(1)} MB backup through the browser in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const count = (table: string) => (app.core.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect([count('mentors'), count('meetings'), count('agenda_items'), count('commitments')]).toEqual([200, 5_000, 50_000, 60_000]);
      expect(newSince(leftBefore)).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 400_000);
});

describe('the upload endpoint', () => {
  function post(port: number, headers: Record<string, string>, body: string, pathname = '/api/upload/backup?mode=merge') {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: pathname, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('has the same guards as every API call, refuses oversized and bad files, and leaves no staged file', async () => {
    const app = await openBrowserApp();
    try {
      const leftBefore = uploadsLeft();
      const port = app.server.port;
      const host = { Host: `127.0.0.1:${port}` };
      const auth = { ...host, Authorization: `Bearer ${app.server.token}` };
      const before = app.core.snapshot();
      expect((await post(port, host, '{}')).status).toBe(401);
      expect((await post(port, { ...auth, Host: 'evil.example' }, '{}')).status).toBe(403);
      expect((await post(port, { ...auth, Origin: 'http://evil.example' }, '{}')).status).toBe(403);
      const huge = await post(port, { ...auth, 'Content-Length': String(600 * 1024 * 1024) }, '').catch(() => ({ status: 413, body: 'closed' }));
      expect(huge.status).toBe(413);
      const bad = await post(port, auth, '{"format":"mentor-planner-backup",');
      expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringMatching(/not complete JSON/) } });
      const badMode = await post(port, auth, '{}', '/api/upload/backup?mode=everything');
      expect(JSON.parse(badMode.body)).toMatchObject({ ok: false, error: { code: 'INVALID' } });
      expect(app.core.snapshot()).toEqual(before);
      expect(newSince(leftBefore)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
