/** True for http(s) addresses, the only kind handed to the OS browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * True when `url` is the app's own page: for file:// and app:// the same document (any hash), for the dev
 * server the same origin. Anything else is foreign. (A custom scheme's URL origin is "null" for every
 * address, so it must be compared by scheme, host and path.)
 */
export function isSameDocumentOrigin(url: string, appUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const own = new URL(appUrl);
    if (own.protocol === 'file:' || own.origin === 'null') {
      return candidate.protocol === own.protocol && candidate.host === own.host && candidate.pathname === own.pathname;
    }
    return candidate.origin === own.origin;
  } catch {
    return false;
  }
}

/** Mail links for drafts: only mailto: with no control characters. */
export function isMailtoUrl(url: string): boolean {
  return /^mailto:[^\u0000-\u001f]*$/i.test(url);
}
