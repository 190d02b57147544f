import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PlannerError, type PlannerErrorPayload } from '../errors';
import type { Context } from '../operation';
import type { ExportFormat, ExportSelection } from './types';
import { partOf, type ExportTarget } from './write';

export interface ExportWorkerData {
  databasePath: string;
  selection: ExportSelection;
  format: ExportFormat;
  now: string;
  timeZone: string;
  target: ExportTarget;
}

export type FromExportWorker = { progress: { done: number; total: number } } | { paths: string[] } | { failed: PlannerErrorPayload };

/** Exports running now, by the id the caller gave them (so it can follow their progress and cancel them). */
const running = new Map<string, () => void>();

/**
 * The built worker sits beside the main bundle (out/main, or out/main/chunks for shared code); from the
 * sources (tests, tsx) the TypeScript entry runs through tsx's loader, unless MENTOR_PLANNER_EXPORT_WORKER
 * names a built one (the benchmark measures the worker as shipped).
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  const named = process.env.MENTOR_PLANNER_EXPORT_WORKER;
  if (named) return { file: named };
  for (const dir of [__dirname, path.dirname(__dirname)]) {
    const built = path.join(dir, 'export-worker.js');
    if (fs.existsSync(built)) return { file: built };
  }
  return { file: path.join(__dirname, 'export-worker.ts'), execArgv: ['--import', 'tsx'] };
}

/**
 * Runs `writeExport` in a worker thread: the request thread keeps answering while thousands of meetings
 * are written. Progress goes out as `export` events under `jobId`. Resolves to the written paths, or to
 * null when cancelled; a failure rejects with the worker's sentence. Either way no `.part` is left.
 */
export function writeExportInWorker(ctx: Context, job: Omit<ExportWorkerData, 'databasePath' | 'now'> & { jobId?: string }): Promise<string[] | null> {
  const { jobId, ...rest } = job;
  const { file, execArgv } = workerEntry();
  const workerData: ExportWorkerData = { ...rest, databasePath: ctx.store.path, now: ctx.now().toISOString() };
  // A target without a name is a temporary folder its caller removes whole.
  const leftovers = () => {
    if (!job.target.fileName) return;
    fs.rmSync(partOf(path.join(job.target.folder, job.target.fileName)), { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData, execArgv });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      if (jobId) running.delete(jobId);
      finish();
    };
    if (jobId) {
      running.set(jobId, () =>
        settle(() => {
          // Terminating stops the worker wherever it is; what it had written is removed once it has stopped.
          void worker.terminate().finally(leftovers);
          resolve(null);
        }),
      );
    }
    worker.on('message', (message: FromExportWorker) => {
      if ('progress' in message) {
        if (jobId && !settled) ctx.emit?.({ type: 'export', jobId, ...message.progress });
      } else if ('paths' in message) settle(() => resolve(message.paths));
      else settle(() => reject(new PlannerError(message.failed.code, message.failed.message, message.failed.issues, message.failed.retryable)));
    });
    worker.on('error', (error) =>
      settle(() => {
        leftovers();
        reject(error);
      }),
    );
    worker.on('exit', () =>
      settle(() => {
        leftovers();
        reject(new PlannerError('INTERNAL', 'The export stopped before it finished, and nothing was saved. Try again.'));
      }),
    );
  });
}

/** Stops a running export (its partial files are removed). An export that already finished is left as it is. */
export function cancelExport(jobId: string): void {
  running.get(jobId)?.();
}
