import fs from 'node:fs';
import path from 'node:path';
import { safeFileName } from './file-names';

/** Writes `file` through `file.part`, renamed at the end: a file that is there is always whole. */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.part`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * Fills `file.part` piece by piece (`write` appends), then renames it to `file`. On any failure the
 * `.part` is removed, so nothing half-written is left behind.
 */
export function streamAtomically(file: string, fill: (write: (text: string) => void) => void): void {
  const tmp = `${file}.part`;
  const fd = fs.openSync(tmp, 'w');
  let open = true;
  try {
    fill((text) => void fs.writeSync(fd, text));
    fs.closeSync(fd);
    open = false;
    fs.renameSync(tmp, file);
  } catch (error) {
    if (open) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/** "name (n).ext": the same safe name with a number that never gets cut off. */
function numbered(fileName: string, n: number): string {
  const dot = fileName.lastIndexOf('.');
  return safeFileName(fileName.slice(0, dot), fileName.slice(dot + 1), { suffix: ` (${n})` });
}

/**
 * Moves a finished file into `folder` as `fileName` and never replaces one that is there: "name.md",
 * else "name (2).md"… A hard link fails instead of replacing when the name was taken meanwhile.
 * Returns the path it now has.
 */
export function placeBeside(folder: string, fileName: string, finished: string): string {
  try {
    for (let n = 1; ; n++) {
      const target = path.join(folder, n === 1 ? fileName : numbered(fileName, n));
      try {
        fs.linkSync(finished, target);
        return target;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        // A file system without hard links (FAT, some network drives): check, then rename.
        if (fs.existsSync(target)) continue;
        fs.renameSync(finished, target);
        return target;
      }
    }
  } finally {
    fs.rmSync(finished, { force: true });
  }
}
