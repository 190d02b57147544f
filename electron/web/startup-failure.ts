import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { restoreRefusedFile } from '../core/db/put-copy-in-place';
import { startCore, type Core, type CoreOptions } from '../core/app-core';
import { StoreError } from '../core/errors';

export interface StartupFailureOptions {
  error: StoreError;
  port: number;
  token: string;
  /** Told the page's address once it is listening (printed, opened in the browser). */
  onListening(url: string): void;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // same-origin, not no-referrer: with no-referrer the Restore form's POST would carry `Origin: null`.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'",
};

function page(title: string, body: string, refreshTo?: string): string {
  const refresh = refreshTo ? `<meta http-equiv="refresh" content="2;url=${escapeHtml(refreshTo)}">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${refresh}<title>${escapeHtml(title)} — Mentor Planner</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2328}button{font:inherit;padding:.5rem 1.25rem;margin-right:.5rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/**
 * Browser mode when the data file was refused at start-up: a small page that says what is wrong and,
 * when there is a good copy, restores it with one click (the refused file is kept aside). Resolves with
 * the port once the copy is in place, so the real app can start on the same address.
 */
export function serveStartupFailure(options: StartupFailureOptions): Promise<number> {
  const offer = options.error.restoreOffer;
  return new Promise((resolve, reject) => {
    let port = options.port;
    const sameToken = (given: string) => {
      const a = Buffer.from(given);
      const b = Buffer.from(options.token);
      return a.length === b.length && crypto.timingSafeEqual(a, b);
    };
    const server = http.createServer((req, res) => {
      const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      const origin = req.headers.origin;
      if (!hosts.has(String(req.headers.host ?? '')) || (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, '')))) {
        res.writeHead(403, HEADERS).end(page('Refused', '<p>Requests must come from this computer’s Mentor Planner page.</p>'));
        return;
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (req.method === 'POST' && url.pathname === '/restore-at-startup') {
        let body = '';
        req.on('data', (chunk: Buffer) => (body = (body + chunk.toString('utf8')).slice(0, 4096)));
        req.on('end', () => {
          if (!sameToken(new URLSearchParams(body).get('token') ?? '') || !offer?.copy) {
            res.writeHead(403, HEADERS).end(page('Not restored', '<p>This page is out of date. Open the address Mentor Planner printed.</p>'));
            return;
          }
          try {
            const aside = restoreRefusedFile(offer, new Date());
            const kept = aside ? ` The file that was there is kept beside it as <code>${escapeHtml(aside)}</code>.` : '';
            res.writeHead(200, HEADERS).end(page('Restored', `<p>Your data from ${escapeHtml(offer.copy.date)} is back.${kept} Opening your planner…</p>`, `/?token=${options.token}`));
            server.closeAllConnections();
            server.close(() => resolve(port));
          } catch (error) {
            res.writeHead(500, HEADERS).end(page('Not restored', `<p>${escapeHtml((error as Error).message)}</p>`));
          }
        });
        return;
      }
      const restoreButton = offer?.copy
        ? `<form method="post" action="/restore-at-startup"><input type="hidden" name="token" value="${escapeHtml(options.token)}"><button type="submit">Restore ${escapeHtml(offer.copy.fileName)}</button></form>`
        : '';
      res.writeHead(200, HEADERS).end(page('Mentor Planner cannot open your data', `<p>${escapeHtml(options.error.message)}</p>${restoreButton}`));
    });
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      options.onListening(`http://127.0.0.1:${port}/?token=${options.token}`);
    });
  });
}

/**
 * startCore for browser mode: while the data file is refused, the "cannot open your data" page is served
 * instead; once its Restore button has put a copy back, the core starts on that copy.
 */
export async function startCoreOrServeRestore(
  options: CoreOptions,
  failurePage: Omit<StartupFailureOptions, 'error'>,
): Promise<{ core: Core; port: number }> {
  let port = failurePage.port;
  for (;;) {
    try {
      return { core: await startCore(options), port };
    } catch (error) {
      if (!(error instanceof StoreError) || !error.restoreOffer) throw error;
      console.error(error.message);
      port = await serveStartupFailure({ ...failurePage, error, port });
    }
  }
}
