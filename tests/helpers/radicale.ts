import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './servers';
import { tempDir } from './store';
import { removeTree } from './remove-tree';

export { freePort };

export interface Radicale {
  /** http://127.0.0.1:<port>/ */
  url: string;
  username: string;
  password: string;
  /** Creates a calendar collection, e.g. 'ada/work/'. */
  makeCalendar(collection: string): Promise<void>;
  /** PUT an event object; returns its ETag. */
  put(objectPath: string, ics: string): Promise<string>;
  remove(objectPath: string): Promise<void>;
  get(objectPath: string): Promise<{ status: number; body: string; etag: string | null }>;
  stop(): Promise<void>;
}

/**
 * Debian's radicale on 127.0.0.1:<free port> with a temp storage folder and one plain-htpasswd user.
 * Stopped by its pid; its folder is removed.
 */
export async function startRadicale(): Promise<Radicale> {
  const dir = tempDir('mentor-planner-radicale-');
  const users = path.join(dir, 'users');
  const username = 'mentee';
  const password = 'correct horse';
  fs.writeFileSync(users, `${username}:${password}\n`);
  const port = await freePort();
  const child: ChildProcess = spawn(
    'radicale',
    [
      '--config', '',
      '--server-hosts', `127.0.0.1:${port}`,
      '--storage-filesystem-folder', path.join(dir, 'collections'),
      '--auth-type', 'htpasswd',
      '--auth-htpasswd-filename', users,
      '--auth-htpasswd-encryption', 'plain',
      '--auth-delay', '0',
      '--logging-level', 'warning',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = `http://127.0.0.1:${port}/`;
  const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`radicale did not start (apt-get install radicale): ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const request = async (method: string, target: string, body?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(new URL(target, url), { method, body, headers: { Authorization: auth, ...headers } });
    return response;
  };
  return {
    url,
    username,
    password,
    async makeCalendar(collection) {
      const response = await request('MKCALENDAR', collection);
      if (response.status !== 201) throw new Error(`MKCALENDAR ${collection}: ${response.status}`);
    },
    async put(objectPath, ics) {
      const response = await request('PUT', objectPath, ics, { 'Content-Type': 'text/calendar; charset=utf-8' });
      if (response.status !== 201 && response.status !== 204) throw new Error(`PUT ${objectPath}: ${response.status} ${await response.text()}`);
      return response.headers.get('etag') ?? '';
    },
    async remove(objectPath) {
      const response = await request('DELETE', objectPath);
      if (response.status !== 200 && response.status !== 204) throw new Error(`DELETE ${objectPath}: ${response.status}`);
    },
    async get(objectPath) {
      const response = await request('GET', objectPath);
      return { status: response.status, body: await response.text(), etag: response.headers.get('etag') };
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(child.pid!, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
        if (child.exitCode === null) process.kill(child.pid!, 'SIGKILL');
      }
      removeTree(dir);
    },
  };
}
