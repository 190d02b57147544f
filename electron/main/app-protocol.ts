import fs from 'node:fs';
import { protocol } from 'electron';
import { resolveStaticFile } from '../web/static-files';
import { rendererDir } from './paths';

export const APP_SCHEME = 'app';
/** The app's own page lives at app://mentor-planner/index.html (Electron security checklist item 18). */
export const APP_PAGE_URL = `${APP_SCHEME}://mentor-planner/index.html`;

/** Before ready: app:// behaves like https (relative URLs, storage, CSP 'self', fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * The response for an app:// request: a file of the built renderer, read from disk (or the asar), with
 * the path decoded once, so '#' or '%' in the install folder cannot break it and '..' cannot leave it.
 */
export async function appProtocolResponse(requestUrl: string, root = rendererDir()): Promise<Response> {
  const url = new URL(requestUrl);
  const found = url.host === new URL(APP_PAGE_URL).host ? resolveStaticFile(root, url.pathname) : null;
  if (!found) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const body = await fs.promises.readFile(found.file);
  return new Response(body, { status: 200, headers: { 'Content-Type': found.contentType, 'X-Content-Type-Options': 'nosniff' } });
}

/** After ready: serve the built renderer folder over app://, nothing outside it. */
export function serveRendererOverAppScheme(): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request.url));
}
