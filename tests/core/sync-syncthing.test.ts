import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, ok, tempDir, type TestCore } from '../helpers/store';
import { hasCommand, waitFor } from '../helpers/servers';
import { makeSyncthing, type SyncthingInstance } from '../helpers/syncthing';
import { PASSPHRASE, syncedContent } from '../helpers/sync';
import { removeTree } from '../helpers/remove-tree';

// Two real Syncthing instances carry the sync folder between two app stores, as on two computers.
const available = hasCommand('syncthing');
if (!available) console.log('sync-syncthing: syncthing is not installed here, so the Syncthing test is skipped (.ci/run installs it).');

describe.skipIf(!available)('sync through a folder kept in step by Syncthing', () => {
  let root: string;
  let a: SyncthingInstance;
  let b: SyncthingInstance;
  const cores: TestCore[] = [];

  beforeAll(async () => {
    root = tempDir('mentor-planner-syncthing-');
    a = await makeSyncthing(root, 'laptop');
    b = await makeSyncthing(root, 'desktop');
    await Promise.all([a.start(b), b.start(a)]);
  }, 60_000);
  afterAll(async () => {
    for (const c of cores) c.dispose();
    await Promise.all([a?.stop(), b?.stop()]);
    removeTree(root);
  });

  const arrived = (instance: SyncthingInstance, relative: string) => async () => {
    await instance.rescan();
    return fs.existsSync(path.join(instance.folder, 'mentor-planner', relative));
  };
  const ownFiles = async (core: TestCore, folder: string) => {
    const id = (await ok<{ deviceId: string }>(core, 'sync.status')).deviceId!;
    return { id, files: fs.readdirSync(path.join(folder, 'mentor-planner', id)).filter((f) => !f.startsWith('.')) };
  };

  it('carries an edit from one store to the other, and a third store joins from the snapshots', async () => {
    const laptop = await createTestCore();
    const desktop = await createTestCore();
    const third = await createTestCore();
    cores.push(laptop, desktop, third);
    const mentor = await ok<{ id: number }>(laptop, 'mentors.create', { name: 'Margaret Hamilton' });
    await ok(laptop, 'sync.setUp', { target: { kind: 'folder', path: a.folder }, passphrase: PASSPHRASE, deviceName: 'Laptop' });
    const { id: laptopId } = await ownFiles(laptop, a.folder);
    await waitFor(arrived(b, `${laptopId}/key.json`), 60_000, 'the key file to reach the desktop');
    await waitFor(async () => (await ownFiles(laptop, a.folder)).files.every((f) => fs.existsSync(path.join(b.folder, 'mentor-planner', laptopId, f))) || (await b.rescan(), false), 60_000, 'the laptop’s snapshot to reach the desktop');
    await ok(desktop, 'sync.setUp', { target: { kind: 'folder', path: b.folder }, passphrase: PASSPHRASE, deviceName: 'Desktop', join: true });
    expect(await ok<{ name: string }[]>(desktop, 'mentors.list', {})).toEqual([expect.objectContaining({ name: 'Margaret Hamilton' })]);

    await ok(laptop, 'mentors.update', { id: mentor.id, changes: { role: 'Apollo software lead' } });
    await ok(laptop, 'sync.now');
    const { files } = await ownFiles(laptop, a.folder);
    const change = files.find((f) => f.startsWith('changes-'))!;
    await waitFor(arrived(b, `${laptopId}/${change}`), 60_000, 'the change file to reach the desktop');
    await ok(desktop, 'sync.now');
    const [onDesktop] = await ok<{ id: number; role: string }[]>(desktop, 'mentors.list', {});
    expect((await ok<{ mentor: { role: string } }>(desktop, 'mentors.get', { id: onDesktop.id })).mentor.role).toBe('Apollo software lead');

    // And back: the desktop's edit reaches the laptop.
    await ok(desktop, 'mentors.update', { id: onDesktop.id, changes: { organization: 'MIT' } });
    await ok(desktop, 'sync.now');
    const { id: desktopId, files: desktopFiles } = await ownFiles(desktop, b.folder);
    for (const f of desktopFiles) await waitFor(arrived(a, `${desktopId}/${f}`), 60_000, `${f} to reach the laptop`);
    await ok(laptop, 'sync.now');
    expect((await ok<{ mentor: { organization: string } }>(laptop, 'mentors.get', { id: mentor.id })).mentor.organization).toBe('MIT');

    // A third computer reading the desktop's copy of the folder joins from the snapshots.
    await ok(third, 'sync.setUp', { target: { kind: 'folder', path: b.folder }, passphrase: PASSPHRASE, deviceName: 'Work PC', join: true });
    expect(syncedContent(third)).toEqual(syncedContent(desktop));
    expect(syncedContent(laptop)).toEqual(syncedContent(desktop));
    // Syncthing never had two writers for one file, so it never made a conflicted copy.
    const all = fs.readdirSync(path.join(b.folder, 'mentor-planner'), { recursive: true, encoding: 'utf8' });
    expect(all.filter((f) => f.includes('sync-conflict'))).toEqual([]);
  }, 240_000);
});
