import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { createTestCore, tempDir, type TestCore } from '../helpers/store';
import { removeTree } from '../helpers/remove-tree';

// Browser mode's static files while the renderer is being rebuilt underneath it: a file that vanishes
// or cannot be read ends one response, never the server.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'";
let core: TestCore;
let server: WebServer;
let rendererDir: string;

beforeAll(async () => {
  core = await createTestCore();
  rendererDir = path.join(tempDir('mp-static-'), 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CSP}" /><title>Mentor Planner</title>`);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")'.repeat(50_000));
  // A file the kernel refuses to read after opening it (EIO), standing in for a disk or rebuild failure.
  fs.symlinkSync('/proc/self/mem', path.join(rendererDir, 'assets', 'broken.js'));
  server = await startWebServer({ core, rendererDir });
});
afterAll(async () => {
  await server?.close();
  core?.dispose();
  removeTree(path.dirname(rendererDir));
});

function get(pathname: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string } | 'connection-dropped'> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.port, path: pathname, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve('connection-dropped'));
    });
    req.on('error', () => resolve('connection-dropped'));
  });
}

const stillServing = async () => expect(await get('/')).toMatchObject({ status: 200, body: expect.stringContaining('Mentor Planner') });

describe('browser mode static files', () => {
  it('sends the renderer’s Content-Security-Policy as a header too, with frame-ancestors', async () => {
    for (const file of ['/', '/assets/app.js']) {
      const res = await get(file);
      expect(res).toMatchObject({ status: 200 });
      expect((res as { headers: http.IncomingHttpHeaders }).headers['content-security-policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    }
  });

  it('survives a file that cannot be read', async () => {
    const res = await get('/assets/broken.js');
    expect(res === 'connection-dropped' || res.status === 503 || res.status === 200).toBe(true);
    await stillServing();
  });

  it('survives files vanishing and reappearing while they are requested (a rebuild)', async () => {
    const file = path.join(rendererDir, 'assets', 'app.js');
    const content = fs.readFileSync(file);
    let rebuilding = true;
    const rebuild = (async () => {
      while (rebuilding) {
        fs.rmSync(file, { force: true });
        await new Promise((r) => setImmediate(r));
        fs.writeFileSync(file, content);
        await new Promise((r) => setImmediate(r));
      }
    })();
    const answers = await Promise.all(Array.from({ length: 300 }, () => get('/assets/app.js')));
    rebuilding = false;
    await rebuild;
    const statuses = new Set(answers.map((a) => (a === 'connection-dropped' ? a : a.status)));
    expect([...statuses].every((s) => s === 200 || s === 503 || s === 'connection-dropped')).toBe(true);
    await stillServing();
  });
});
