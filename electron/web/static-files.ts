import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Resolves a URL path to a file inside `root`, or null (never escapes the folder). */
export function resolveStaticFile(root: string, urlPath: string): { file: string; contentType: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== path.resolve(root) && !file.startsWith(path.resolve(root) + path.sep)) return null;
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return null;
  return { file, contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' };
}

/**
 * Streams a file. Headers go out only once the file is open, so a file that vanished or cannot be read
 * (the renderer being rebuilt) gets `onUnavailable` instead; a read that fails midway ends that one
 * response. Neither reaches the server as an unhandled error.
 */
export function sendStaticFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: string,
  headers: http.OutgoingHttpHeaders,
  onUnavailable: () => void,
): void {
  const stream = fs.createReadStream(file);
  stream.once('error', () => {
    if (res.headersSent) res.destroy();
    else onUnavailable();
  });
  stream.once('open', () => {
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      stream.destroy();
      res.end();
    } else stream.pipe(res);
  });
  res.once('close', () => stream.destroy());
}

const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i;

/**
 * The renderer's Content-Security-Policy, read from its own index.html so the header and the meta tag
 * are one policy; `frame-ancestors` only works as a header. The strictest policy if there is no page.
 */
export function rendererContentSecurityPolicy(rendererDir: string): string {
  let policy = "default-src 'none'";
  try {
    policy = META_CSP.exec(fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8'))?.[1] ?? policy;
  } catch {
    // not built yet: the strictest policy
  }
  return `${policy}; frame-ancestors 'none'`;
}
