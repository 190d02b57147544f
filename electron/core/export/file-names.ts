const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name safe on Windows, macOS and Linux: no path separators or reserved characters, no control
 * characters, no trailing dots or spaces, not a reserved device name, at most `max` characters.
 */
export function safeFileName(raw: string, extension: string, max = 120): string {
  let base = raw
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-+/g, '-')
    .trim()
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  if (!base) base = 'export';
  if (RESERVED.test(base)) base = `_${base}`;
  const room = max - extension.length - 1;
  if (base.length > room) base = [...base].slice(0, room).join('').replace(/[.\s-]+$/, '');
  return `${base}.${extension}`;
}

export function meetingFileStem(meeting: { scheduledAt: string; mentor: { name: string } }): string {
  return `${meeting.scheduledAt.slice(0, 10)} ${meeting.mentor.name}`;
}
