import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../electron/core/contract';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../electron/web/server';
import { createTestCore, tempDir, type TestCore } from '../helpers/store';
import { launchChromium } from './browser-app';
import { removeTree } from '../helpers/remove-tree';

// Browser mode's own defences, probed with raw HTTP the way another program or a hostile page would.
let core: TestCore;
let server: WebServer;
let siteDir: string;

beforeAll(async () => {
  core = await createTestCore();
  siteDir = tempDir('mp-web-root-');
  const rendererDir = path.join(siteDir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Mentor Planner</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  fs.writeFileSync(path.join(siteDir, 'secret.txt'), 'TOP-SECRET next to the renderer');
  server = await startWebServer({ core, rendererDir });
});
afterAll(async () => {
  await server?.close();
  core?.dispose();
  removeTree(siteDir);
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with exactly the path and headers given (no URL normalisation on the way). */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' });
const call = (name: string, body: unknown, headers: Record<string, string> = auth()) =>
  raw({ method: 'POST', path: `/api/call/${name}`, headers, body: JSON.stringify(body) });
const settingsRow = () => core.store.sqlite.prepare("SELECT value_json FROM settings WHERE key = 'app'").get();

describe('browser mode: who may talk to the server', () => {
  it('listens on 127.0.0.1 only: the machine’s other addresses and IPv6 loopback are refused', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && !a.internal)
      .map((a) => a.address);
    for (const address of [...others, '::1']) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port: server.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, `connecting to ${address}`).not.toBe('connected');
    }
  });

  it('answers calls without a token with 401 for every operation, and runs none of them', async () => {
    const before = core.snapshot();
    for (const name of operationNames) {
      const response = await call(name, {}, { 'Content-Type': 'application/json' });
      expect(response.status, name).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(core.snapshot()).toEqual(before);
  });

  it('answers a wrong, truncated, extended, re-cased or misplaced token with 401', async () => {
    const token = server.token;
    const wrong = [
      `Bearer nope`,
      `Bearer ${token.slice(0, -1)}`,
      `Bearer ${token}x`,
      `Bearer ${token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase()}`,
      `Bearer ${'A'.repeat(token.length)}`,
      `Basic ${token}`,
      token,
      `Bearer`,
      `Bearer  ${token}`,
    ];
    for (const authorization of wrong) {
      const response = await call('settings.update', { defaultCadenceDays: 9 }, { Authorization: authorization, 'Content-Type': 'application/json' });
      expect(response.status, authorization).toBe(401);
    }
    const inQuery = await raw({ method: 'POST', path: `/api/call/app.info?token=${token}`, headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(inQuery.status).toBe(401);
    expect(settingsRow()).toBeUndefined();
    expect((await call('app.info', {})).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403, for the API and the page', async () => {
    const port = server.port;
    const hosts = ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `localhost:${port + 1}`, `0.0.0.0:${port}`, `127.0.0.2:${port}`, `[::1]:${port}`, '127.0.0.1'];
    for (const host of hosts) {
      expect((await call('app.info', {}, { ...auth(), Host: host })).status, host).toBe(403);
      expect((await raw({ path: '/', headers: { Host: host } })).status, host).toBe(403);
    }
    expect((await call('app.info', {}, { ...auth(), Host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses cross-origin requests even with the right token, and changes nothing', async () => {
    const origins = ['https://evil.example', 'null', `https://127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port + 1}`, `http://localhost.evil.example:${server.port}`, 'file://'];
    for (const origin of origins) {
      const response = await call('settings.update', { defaultCadenceDays: 12 }, { ...auth(), Origin: origin });
      expect(response.status, origin).toBe(403);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(settingsRow()).toBeUndefined();
    const sameOrigin = await call('app.info', {}, { ...auth(), Origin: `http://127.0.0.1:${server.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('grants no CORS preflight: OPTIONS gets no Access-Control-Allow-* headers', async () => {
    for (const origin of ['https://evil.example', undefined]) {
      const response = await raw({
        method: 'OPTIONS',
        path: '/api/call/settings.update',
        headers: {
          ...(origin ? { Origin: origin } : {}),
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type',
        },
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(Object.keys(response.headers).filter((h) => h.startsWith('access-control-allow'))).toEqual([]);
    }
  });

  it('refuses a form-style (non-JSON) post, which a cross-site form could send without a preflight', async () => {
    const response = await raw({
      method: 'POST',
      path: '/api/call/settings.update',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'text/plain' },
      body: '{"defaultCadenceDays": 12}',
    });
    expect(response.status).toBe(415);
    expect(settingsRow()).toBeUndefined();
  });
});

describe('browser mode: a hostile page in a real browser', () => {
  it('cannot call the API from another origin, even knowing the token', async () => {
    // Another site on this machine (another port is another origin) tries every way a page can send.
    const evil = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>evil</title>');
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const evilPort = (evil.address() as net.AddressInfo).port;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${evilPort}/`);
      const target = `http://127.0.0.1:${server.port}/api/call/settings.update`;
      const outcomes = await page.evaluate(
        async ({ target, token }) => {
          const attempt = async (init: RequestInit) => {
            try {
              const response = await fetch(target, init);
              return `status ${response.status}: ${await response.text().catch(() => '')}`.slice(0, 80);
            } catch (error) {
              return `refused: ${String(error)}`.slice(0, 80);
            }
          };
          const body = JSON.stringify({ defaultCadenceDays: 2 });
          return [
            await attempt({ method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body }),
            await attempt({ method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }),
            await attempt({ method: 'POST', mode: 'no-cors', body: new URLSearchParams({ defaultCadenceDays: '2' }) }),
          ];
        },
        { target, token: server.token },
      );
      // Nothing readable came back and nothing was saved.
      for (const outcome of outcomes) expect(outcome).not.toMatch(/"ok":true/);
      expect(outcomes[0]).toMatch(/^refused/);
      expect(settingsRow()).toBeUndefined();
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => evil.close(() => resolve()));
    }
  });
});

describe('browser mode: large bodies', () => {
  it('answers a declared oversize body with 413 at once, without waiting for it', async () => {
    const outcome = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/call/settings.update',
        headers: { ...auth(), 'Content-Length': String(MAX_BODY_BYTES * 64) },
        agent: false,
      });
      let sentBytes = 0;
      req.on('response', (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, sentBytes });
      });
      req.on('error', reject);
      // Only a little of the announced gigabyte is ever sent: the answer must not wait for the rest.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      req.write(chunk);
      sentBytes += chunk.length;
    });
    expect(outcome.status).toBe(413);
    expect(outcome.sentBytes).toBeLessThan(MAX_BODY_BYTES);
  });

  it('stops reading a streamed (chunked) body as soon as it passes the limit', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const budget = MAX_BODY_BYTES * 8;
    const outcome = await new Promise<{ status: number | null; sentBytes: number }>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/call/settings.update',
        headers: { ...auth(), 'Transfer-Encoding': 'chunked' },
        agent: false,
      });
      let sentBytes = 0;
      let done = false;
      const finish = (status: number | null) => {
        if (done) return;
        done = true;
        req.destroy();
        resolve({ status, sentBytes });
      };
      req.on('response', (res) => {
        res.resume();
        finish(res.statusCode ?? null);
      });
      req.on('error', () => finish(null));
      const pump = () => {
        while (!done && sentBytes < budget) {
          sentBytes += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!done) req.end();
      };
      pump();
    });
    // The 413 usually arrives first; when the sender is still mid-write, the dropped connection can reach
    // it before the answer does. Either way the server stopped taking the body long before the end.
    expect([413, null]).toContain(outcome.status);
    expect(outcome.sentBytes).toBeLessThan(budget);
    expect(settingsRow()).toBeUndefined();
  });

  it('still serves normal calls afterwards', async () => {
    expect((await call('app.info', {})).status).toBe(200);
  });
});

describe('browser mode: static files', () => {
  it('never serves a file outside the renderer folder, however the path is spelled', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/....//secret.txt',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/etc/passwd',
      '/../../../../../../etc/passwd',
      '/%252e%252e/secret.txt',
      '/index.html%00../../secret.txt',
      `/${encodeURIComponent(path.join(siteDir, 'secret.txt'))}`,
    ];
    for (const attempt of attempts) {
      const response = await raw({ path: attempt });
      expect(response.body, attempt).not.toContain('TOP-SECRET');
      expect(response.body, attempt).not.toMatch(/root:.*:0:0:/);
      expect([200, 400, 403, 404], attempt).toContain(response.status);
    }
  });

  it('serves the page and its assets with protective headers', async () => {
    const page = await raw({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const asset = await raw({ path: '/assets/app.js' });
    expect(asset.body).toContain('console.log');
  });
});
