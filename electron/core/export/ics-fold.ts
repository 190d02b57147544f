// RFC 5545 text values and line folding, in one pass over the text (the `ics` package re-scanned each
// line once per folded piece: 120 agenda items of 2 000 characters took 141 s). Shared by every ICS writer.

const FOLD_AT_OCTETS = 75;
// Control characters a calendar TEXT value may not hold (tab is allowed; newlines are escaped below).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT property value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped. */
export function escapeIcsText(text: string): string {
  return text.replace(CONTROL, '').replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds one content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines start with
 * a space, and a UTF-8 character is never split. Linear in the length of the line.
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = FOLD_AT_OCTETS;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const width = utf8Octets(codePoint);
    const units = codePoint > 0xffff ? 2 : 1;
    if (octets + width > limit) {
      pieces.push(line.slice(start, i));
      start = i;
      octets = 0;
      // The leading space of a continuation line counts towards its 75 octets.
      limit = FOLD_AT_OCTETS - 1;
    }
    octets += width;
    i += units;
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}

/** A whole calendar object: each line folded, CRLF line ends, CRLF at the end. */
export const icsDocument = (lines: string[]) => `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
