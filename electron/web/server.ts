import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/app-core';
import { feedForToken } from '../core/calendars/feed-publish';
import type { PlannerErrorPayload } from '../core/errors';
import { MAX_BACKUP_BYTES } from '../core/backup/contract';
import { safeFileName } from '../core/export/file-names';
import { stageUpload, UPLOAD_BACKUP_PATH } from './upload';
import { rendererContentSecurityPolicy, resolveStaticFile, sendStaticFile } from './static-files';

export const MAX_BODY_BYTES = 16 * 1024 * 1024;
export const API_PREFIX = '/api/call/';
export const EVENTS_PATH = '/api/events';

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  token?: string;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: number, code: PlannerErrorPayload['code'], message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Reads a JSON body up to `limit` bytes. Past the limit (announced or streamed) it stops at once and
 * answers 'too-large' without keeping, or waiting for, the rest.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return resolve('too-large');
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      chunks.length = 0;
      resolve('too-large');
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Answers 413 and then drops the connection, so the sender cannot keep streaming into it. */
function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse, message = 'That request is too large.'): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => setTimeout(() => req.destroy(), 50).unref());
  refuse(res, 413, 'TOO_LARGE', message);
}

/**
 * Browser mode: the same handler table over HTTP, on 127.0.0.1 only. Every API call carries the token;
 * a foreign Host (DNS rebinding) or Origin (cross-site request) is refused.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let port = 0;
  const contentSecurityPolicy = rendererContentSecurityPolicy(options.rendererDir);
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(String(req.headers.host ?? ''))) {
        return refuse(res, 403, 'FORBIDDEN', 'Requests must address this computer’s loopback address.');
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
        return refuse(res, 403, 'FORBIDDEN', 'Requests from other sites are refused.');
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url);
      // The published calendar, for calendar apps on this computer: its secret token is in the path.
      const feed = url.pathname.match(/^\/calendar\/([A-Za-z0-9_-]{1,100})\/mentor-planner\.ics$/);
      if (feed && req.method === 'GET') {
        const text = feedForToken(options.core.ctx, feed[1]);
        if (text === null) return refuse(res, 404, 'NOT_FOUND', 'No calendar feed at this address.');
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(text);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'FORBIDDEN', 'Method not allowed.');
      const found = resolveStaticFile(options.rendererDir, url.pathname) ?? resolveStaticFile(options.rendererDir, '/');
      if (!found) return refuse(res, 404, 'NOT_FOUND', 'The app’s pages were not built. Run `npm run build`.');
      const headers = {
        ...SECURITY_HEADERS,
        'Content-Security-Policy': contentSecurityPolicy,
        'Content-Type': found.contentType,
        'Cache-Control': found.file.endsWith('.html') ? 'no-store' : 'max-age=3600',
      };
      sendStaticFile(req, res, found.file, headers, () =>
        refuse(res, 503, 'NOT_FOUND', 'That part of the app could not be read (it may be being rebuilt). Reload the page in a moment.'),
      );
    } catch (error) {
      console.error('[mentor-planner web]', error);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'The browser-mode server failed on that request.');
      else res.end();
    }
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const auth = String(req.headers.authorization ?? '');
    const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!given || !tokensMatch(given, token)) {
      return refuse(res, 401, 'UNAUTHORIZED', 'This browser tab is not signed in to Mentor Planner. Open the address that npm run start:web printed in its terminal (it ends with ?token=…).');
    }
    if (req.method === 'POST' && url.pathname === UPLOAD_BACKUP_PATH) return await restoreUploadedBackup(req, res, url);
    if (req.method === 'GET' && url.pathname === EVENTS_PATH) return streamEvents(req, res);
    if (req.method !== 'POST' || !url.pathname.startsWith(API_PREFIX)) {
      return refuse(res, 405, 'FORBIDDEN', 'API calls are POST /api/call/<operation>.');
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'INVALID', 'API calls must send JSON.');
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too-large') return refuseTooLarge(req, res);
    let input: unknown;
    try {
      input = body === '' ? undefined : JSON.parse(body);
    } catch {
      return refuse(res, 400, 'INVALID', 'The request body is not valid JSON.');
    }
    const name = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    sendJson(res, 200, await options.core.call(name, input));
  }

  /** The core's events (export progress) as server-sent events, for as long as the tab listens. */
  function streamEvents(req: http.IncomingMessage, res: http.ServerResponse) {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(': listening\n\n');
    const stop = options.core.onEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    req.on('close', stop);
  }

  /** A backup file as a stream (a heavy user's is ~56 MB, past the JSON body limit), staged, then restored. */
  async function restoreUploadedBackup(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    // The file keeps the name the user picked (a safe form of it), so the result can say which file it was.
    const fileName = safeFileName((url.searchParams.get('name') ?? 'backup').replace(/\.json$/i, ''), 'json');
    const staged = await stageUpload(req, MAX_BACKUP_BYTES, fileName);
    if (staged === 'too-large') return refuseTooLarge(req, res, 'That file is larger than any Mentor Planner backup (512 MB), so it was not read. Nothing was changed.');
    if (staged === 'aborted') return refuse(res, 400, 'INVALID', 'The upload stopped before the whole file arrived. Nothing was changed; try again.');
    try {
      const input = { mode: url.searchParams.get('mode') };
      sendJson(res, 200, await options.core.call('backup.restoreFile', input, { chooseBackupFile: async () => staged.file }));
    } finally {
      staged.dispose();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
