import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client';
import { PlannerError } from '../errors';
import type { Platform } from '../platform';
import { exportMeetings } from './exports';
import { safeFileName } from './file-names';
import type { ExportFormat, ExportSelection } from './types';

export type SaveFormat = ExportFormat | 'pdf';

const FILTERS: Record<SaveFormat, { name: string; extensions: string[] }> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  'markdown-files': { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page', extensions: ['html'] },
  ics: { name: 'Calendar', extensions: ['ics'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** Paths this app wrote in this session: the only ones "show in folder" will reveal. */
const saved = new Set<string>();

function writeAtomically(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.part`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** "name (n).ext": the same safe name with a number that never gets cut off. */
function numbered(fileName: string, n: number): string {
  const dot = fileName.lastIndexOf('.');
  return safeFileName(fileName.slice(0, dot), fileName.slice(dot + 1), { suffix: ` (${n})` });
}

/**
 * Writes a new file in `folder` and never replaces one that is there: "name.md", else "name (2).md"…
 * The content goes to a `.part` first and is then hard-linked into place, which fails instead of
 * replacing when the name was taken meanwhile. Returns the path written.
 */
function writeBeside(folder: string, fileName: string, data: string): string {
  const tmp = path.join(folder, `${fileName}.part`);
  fs.writeFileSync(tmp, data);
  try {
    for (let n = 1; ; n++) {
      const target = path.join(folder, n === 1 ? fileName : numbered(fileName, n));
      try {
        fs.linkSync(tmp, target);
        return target;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        // A file system without hard links (FAT, some network drives): check, then rename.
        if (fs.existsSync(target)) continue;
        fs.renameSync(tmp, target);
        return target;
      }
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Desktop: asks where to save (native dialog), then writes the export there. One-file-per-meeting
 * Markdown goes into the chosen file's folder. Returns the written paths, or null if cancelled.
 */
export async function saveExport(db: Db, platform: Platform, selection: ExportSelection, format: SaveFormat, now: Date, timeZone: string): Promise<{ paths: string[] } | null> {
  if (!platform.chooseSavePath) {
    throw new PlannerError('INVALID', 'Saving to a chosen folder needs the desktop app. In the browser, use Download instead.');
  }
  const files = exportMeetings(db, selection, format === 'pdf' ? 'html' : format, now, timeZone);
  if (files.length === 0) throw new PlannerError('INVALID', 'There are no meetings in that selection to export.');
  const first = format === 'pdf' ? safeFileName(files[0].name.replace(/\.html$/, ''), 'pdf') : files[0].name;
  const target = await platform.chooseSavePath({ defaultFileName: first, filters: [FILTERS[format]] });
  if (!target) return null;
  const paths: string[] = [];
  if (format === 'pdf') {
    if (!platform.printHtmlToPdf) throw new PlannerError('INVALID', 'PDF export is not available here.');
    writeAtomically(target, await platform.printHtmlToPdf(files[0].content));
    paths.push(target);
  } else if (format === 'markdown-files') {
    // The chosen name was confirmed in the save dialog; the other meetings' files never replace anything.
    const folder = path.dirname(target);
    writeAtomically(target, files[0].content);
    paths.push(target);
    for (const file of files.slice(1)) paths.push(writeBeside(folder, file.name, file.content));
  } else {
    writeAtomically(target, files[0].content);
    paths.push(target);
  }
  paths.forEach((p) => saved.add(p));
  return { paths };
}

export function showSavedInFolder(platform: Platform, file: string): void {
  if (!saved.has(file)) throw new PlannerError('INVALID', 'Only files Mentor Planner saved in this session can be shown.');
  platform.showItemInFolder?.(file);
}
