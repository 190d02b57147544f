/**
 * Turns whatever the user typed into a safe FTS5 query: every word becomes a quoted phrase (so quotes,
 * `*`, `-`, `NEAR`, `AND`, parentheses and colons are just text), the last one a prefix match so results
 * appear while typing. Returns null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[\s"]+/u)
    .map((w) => w.replace(/[\u0000-\u001f]/g, '').trim())
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
