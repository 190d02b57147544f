import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
const SERVE = path.join(REPO, 'out/main/serve.js');

export type BrowserModeServer = { child: ChildProcess; base: string; token: string };
export type CallAnswer<T = Record<string, unknown>> = { ok: boolean; value?: T; error?: { code: string; retryable?: boolean; message: string } };

/** The built browser-mode server (out/main/serve.js, as `npm run start:web` runs it) on a data folder; resolves once it prints its address. */
export function startBrowserMode(dataDir: string, children: ChildProcess[]): Promise<BrowserModeServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVE, '--no-open'], {
      cwd: REPO,
      env: { ...process.env, CI: '1', MENTOR_PLANNER_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, base: match[1], token: match[2] });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

export async function stopBrowserMode(server: BrowserModeServer): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** One operation through the server's HTTP API, with its token. */
export async function callBrowserMode<T = Record<string, unknown>>(server: BrowserModeServer, operation: string, input: unknown = {}): Promise<CallAnswer<T>> {
  const response = await fetch(`${server.base}/api/call/${operation}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as CallAnswer<T>;
}
