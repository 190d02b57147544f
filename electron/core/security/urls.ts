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
 * True when `url` is the app's own page: for file:// the same file (any hash), for the dev server the
 * same origin. Anything else is foreign.
 */
export function isSameDocumentOrigin(url: string, appUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const own = new URL(appUrl);
    if (own.protocol === 'file:') return candidate.protocol === 'file:' && candidate.pathname === own.pathname;
    return candidate.origin === own.origin;
  } catch {
    return false;
  }
}

/** Mail links for drafts: only mailto: with no control characters. */
export function isMailtoUrl(url: string): boolean {
  return /^mailto:[^\u0000-\u001f]*$/i.test(url);
}
