import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlannerError } from '../errors';
import type { Context } from '../operation';
import type { Platform } from '../platform';
import { exportMeetings, noMeetings } from './exports';
import { writeExportInWorker } from './jobs';
import { firstSelected } from './meeting-records';
import { writeAtomically } from './place-files';
import type { ExportFile, ExportFormat, ExportSelection } from './types';
import { exportFileNames } from './write';

export type SaveFormat = ExportFormat | 'pdf';

export interface ExportRequest<F> {
  selection: ExportSelection;
  format: F;
  timeZone: string;
  /** Names the export's progress events, and lets `export.cancel` stop it. */
  jobId?: string;
}

const FILTERS: Record<SaveFormat, { name: string; extensions: string[] }> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  'markdown-files': { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page', extensions: ['html'] },
  ics: { name: 'Calendar', extensions: ['ics'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

const MIME_TYPES: Record<ExportFormat, string> = { markdown: 'text/markdown', 'markdown-files': 'text/markdown', html: 'text/html', ics: 'text/calendar' };

/** Paths this app wrote in this session: the only ones "show in folder" will reveal. */
const saved = new Set<string>();

/**
 * The files to download (browser mode). One meeting is built here; more are written by a worker into a
 * temporary folder, read back and removed, so the server keeps answering meanwhile. Null when cancelled.
 */
export async function exportForDownload(ctx: Context, request: ExportRequest<ExportFormat>): Promise<ExportFile[] | null> {
  const { selection, format, timeZone, jobId } = request;
  if (selection.kind === 'meeting') return exportMeetings(ctx.db, selection, format, ctx.now(), timeZone);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `mentor-planner-export-${jobId ?? 'download'}-`));
  try {
    const paths = await writeExportInWorker(ctx, { selection, format, timeZone, target: { folder }, jobId });
    return paths && paths.map((file) => ({ name: path.basename(file), mimeType: MIME_TYPES[format], content: fs.readFileSync(file, 'utf8') }));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Desktop: asks where to save (native dialog), then writes the export there (off the request thread, in a
 * worker). One-file-per-meeting Markdown goes into the chosen file's folder. Returns the written paths,
 * or null if the dialog or the export was cancelled.
 */
export async function saveExport(ctx: Context, request: ExportRequest<SaveFormat>): Promise<{ paths: string[] } | null> {
  const { platform } = ctx;
  const { selection, format, timeZone, jobId } = request;
  if (!platform.chooseSavePath) {
    throw new PlannerError('INVALID', 'Saving to a chosen folder needs the desktop app. In the browser, use Download instead.');
  }
  // Only the first meeting is read here, for the name the dialog suggests (and to refuse an empty selection).
  const first = firstSelected(ctx.db, selection, timeZone);
  if (!first) throw noMeetings();
  const target = await platform.chooseSavePath({ defaultFileName: exportFileNames(selection, format, [first])[0], filters: [FILTERS[format]] });
  if (!target) return null;
  let paths: string[] | null;
  if (format === 'pdf') {
    if (!platform.printHtmlToPdf) throw new PlannerError('INVALID', 'PDF export is not available here.');
    // A PDF is printed by the window from one HTML page, so the page is built here (PDF is for a meeting or a mentor's few).
    const [html] = exportMeetings(ctx.db, selection, 'html', ctx.now(), timeZone);
    writeAtomically(target, await platform.printHtmlToPdf(html.content));
    paths = [target];
  } else {
    paths = await writeExportInWorker(ctx, { selection, format, timeZone, target: { folder: path.dirname(target), fileName: path.basename(target) }, jobId });
  }
  if (!paths) return null;
  paths.forEach((p) => saved.add(p));
  return { paths };
}

export function showSavedInFolder(platform: Platform, file: string): void {
  if (!saved.has(file)) throw new PlannerError('INVALID', 'Only files Mentor Planner saved in this session can be shown.');
  platform.showItemInFolder?.(file);
}
