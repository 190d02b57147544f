import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/db/migrate';
import { MIGRATIONS, tempDir } from '../helpers/store';
import { createElectronDouble, loadMainBundle, waitFor, type ElectronDouble } from './electron-double';
import { removeTree } from '../helpers/remove-tree';

// The built main bundle on a data file that is another program's database: a Restore / Quit dialog,
// and Restore (the double answers the first button) puts the newest copy back and opens the window.
let double: ElectronDouble | null = null;
const dir = tempDir('mp-shell-startup-');
afterAll(() => {
  double?.electron.app.quit();
  removeTree(dir);
});

describe('the desktop app when the data file is refused at start-up', () => {
  it('offers Restore / Quit with the sentence, restores the newest copy, and starts', async () => {
    const dbPath = path.join(dir, 'shell.db');
    const store = await openStore({ path: dbPath, migrationsFolder: MIGRATIONS });
    store.sqlite.prepare("INSERT INTO mentors (name, created_at, updated_at) VALUES ('Ada Lovelace', 'x', 'x')").run();
    fs.mkdirSync(path.join(dir, 'backups'));
    await store.sqlite.backup(path.join(dir, 'backups', 'mentor-planner-2026-11-22.db'));
    store.close();
    fs.rmSync(dbPath);
    const other = new Database(dbPath);
    other.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT); INSERT INTO photos (caption) VALUES ('beach')");
    other.close();
    const foreign = fs.readFileSync(dbPath);

    process.env.MENTOR_PLANNER_DB = dbPath;
    double = createElectronDouble({ userData: dir, appPath: path.resolve(__dirname, '../..') });
    loadMainBundle(double);
    double.ready();
    await waitFor(() => double!.windows.length > 0, 'the main window after the restore');

    expect(double.messageBoxes).toHaveLength(1);
    expect(double.messageBoxes[0].options).toMatchObject({
      title: 'Mentor Planner cannot open your data',
      buttons: ['Restore mentor-planner-2026-11-22.db', 'Quit'],
      detail: expect.stringMatching(/is an SQLite database of another program.*left it untouched/),
    });
    expect(double.errorBoxes).toEqual([]);
    const aside = fs.readdirSync(dir).find((f) => f.startsWith('shell.db.refused-'))!;
    expect(fs.readFileSync(path.join(dir, aside))).toEqual(foreign);
    const info = (await double.ipcHandlers.get('mentors.list')!({ senderFrame: { url: double.windows[0].loadedUrl } }, {})) as { ok: boolean; value: unknown };
    expect(JSON.stringify(info)).toContain('Ada Lovelace');
  });
});
