const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// Bidirectional controls (U+202E "right-to-left override" makes "gpj.exe" read as "exe.jpg") and other
// invisible format characters have no place in a file name (the joiners stay: emoji and scripts need them).
const BIDI_AND_INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** File systems count bytes, not characters: 255 on most, and the `.part` written first must fit too. */
export const MAX_FILE_NAME_BYTES = 200 - '.part'.length;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** The longest start of `text` within `bytes` UTF-8 bytes that never splits a character or an emoji. */
function truncateToBytes(text: string, bytes: number): string {
  if (utf8Bytes(text) <= bytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = utf8Bytes(segment);
    if (used + size > bytes) break;
    out += segment;
    used += size;
  }
  return out;
}

/**
 * A file name safe on Windows, macOS and Linux: no path separators or reserved characters, no control or
 * bidi characters, no trailing dots or spaces, not a reserved device name, at most `max` characters and
 * MAX_FILE_NAME_BYTES bytes. `suffix` (" (2)") is kept whole when the name is shortened.
 */
export function safeFileName(raw: string, extension: string, options: { max?: number; suffix?: string } = {}): string {
  const { max = 120, suffix = '' } = options;
  let base = raw
    .normalize('NFC')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-+/g, '-')
    .trim()
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  if (!base) base = 'export';
  if (RESERVED.test(base)) base = `_${base}`;
  const tail = `${suffix}.${extension}`;
  const room = max - tail.length;
  if ([...base].length > room) base = [...base].slice(0, room).join('');
  base = truncateToBytes(base, MAX_FILE_NAME_BYTES - utf8Bytes(tail)).replace(/[.\s-]+$/, '');
  return `${base}${tail}`;
}

export function meetingFileStem(meeting: { day: string; mentor: { name: string } }): string {
  return `${meeting.day} ${meeting.mentor.name}`;
}
