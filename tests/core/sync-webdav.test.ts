import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, ok, tempDir, type TestCore } from '../helpers/store';
import { freePort, hasCommand, startProcess, waitForHttp } from '../helpers/servers';
import { PASSPHRASE, syncedContent } from '../helpers/sync';
import { removeTree } from '../helpers/remove-tree';

// A real WebDAV server: Debian's rclone (`rclone serve webdav`) on loopback, with a user and password.
const available = hasCommand('rclone');
if (!available) console.log('sync-webdav: rclone is not installed here, so the WebDAV sync test is skipped (.ci/run installs it).');

describe.skipIf(!available)('sync through a WebDAV server (rclone serve webdav)', () => {
  let server: ReturnType<typeof startProcess>;
  let root: string;
  let url: string;
  const cores: TestCore[] = [];

  beforeAll(async () => {
    root = tempDir('mentor-planner-webdav-');
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = startProcess('rclone', ['serve', 'webdav', root, '--addr', `127.0.0.1:${port}`, '--user', 'mentee', '--pass', 's3cret pass'], {
      RCLONE_CONFIG: '/dev/null',
    });
    await waitForHttp(url);
  });
  afterAll(async () => {
    for (const c of cores) c.dispose();
    await server?.stop();
    removeTree(root);
  });

  it('keeps two devices in step through the server, with the password checked', async () => {
    const a = await createTestCore();
    const b = await createTestCore();
    cores.push(a, b);
    await ok(a, 'mentors.create', { name: 'Radia Perlman' });
    const target = { kind: 'webdav', url, username: 'mentee', password: 's3cret pass' };
    const wrong = await b.call('sync.setUp', { target: { ...target, password: 'nope' }, passphrase: PASSPHRASE, deviceName: 'B' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.message).toMatch(/refused the user name or password/);

    await ok(a, 'sync.setUp', { target, passphrase: PASSPHRASE, deviceName: 'Laptop' });
    await ok(b, 'sync.setUp', { target, passphrase: PASSPHRASE, deviceName: 'Desktop', join: true });
    expect(await ok<unknown[]>(b, 'mentors.list', {})).toHaveLength(1);
    const [m] = await ok<{ id: number }[]>(b, 'mentors.list', {});
    await ok(b, 'mentors.update', { id: m.id, changes: { role: 'Network pioneer' } });
    await ok(b, 'sync.now');
    await ok(a, 'sync.now');
    expect(syncedContent(a)).toEqual(syncedContent(b));
    // The server holds only encrypted files, each device in its own folder.
    const onServer = fs.readdirSync(`${root}/mentor-planner`);
    expect(onServer).toHaveLength(2);
    for (const dir of onServer) {
      for (const f of fs.readdirSync(`${root}/mentor-planner/${dir}`)) {
        expect(fs.readFileSync(`${root}/mentor-planner/${dir}/${f}`).includes(Buffer.from('Perlman'))).toBe(false);
      }
    }
  });

  it('says in a sentence when the server cannot be reached, and keeps the changes for later', async () => {
    const c = await createTestCore();
    cores.push(c);
    const port = await freePort();
    const result = await c.call('sync.setUp', {
      target: { kind: 'webdav', url: `http://127.0.0.1:${port}/`, username: 'u', password: 'p' },
      passphrase: PASSPHRASE,
      deviceName: 'Offline',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/could not reach the sync location/);
    expect((await ok<{ state: string }>(c, 'sync.status')).state).toBe('off');
  });
});
