// A worker thread's entry: one export of many meetings, written to disk off the thread that answers requests.
// better-sqlite3 connections cannot cross threads, so it opens the data file itself, read-only.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { wrapSqlite } from '../db/client';
import { toErrorPayload } from '../errors';
import type { ExportWorkerData, FromExportWorker } from './jobs';
import { writeExport } from './write';

const job = workerData as ExportWorkerData;
const tell = (message: FromExportWorker) => parentPort!.postMessage(message);
let sqlite: Database.Database | undefined;
try {
  sqlite = new Database(job.databasePath, { readonly: true, fileMustExist: true });
  const { db } = wrapSqlite(sqlite, job.databasePath);
  const paths = writeExport(db, job.selection, job.format, new Date(job.now), job.timeZone, job.target, (done, total) => tell({ progress: { done, total } }));
  tell({ paths });
} catch (error) {
  const failed = toErrorPayload(error);
  // An unexpected failure goes to the log whole; the person reads the payload's sentence.
  if (failed.code === 'INTERNAL') console.error('[mentor-planner] export failed', error);
  tell({ failed });
} finally {
  sqlite?.close();
}
