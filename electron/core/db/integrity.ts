import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { faultCode } from './faults';

/** Below this size quick_check takes a few milliseconds, less than starting a worker; above it, a worker. */
const CHECK_IN_PLACE_BYTES = 4 * 1024 * 1024;

// Plain CommonJS run with `eval`, so the check needs no extra bundle entry; the driver's path is passed in.
const CHECK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let sqlite;
try {
  sqlite = new Database(workerData.file, { fileMustExist: true });
  const rows = sqlite.pragma('quick_check(20)');
  parentPort.postMessage({ problems: rows.map((r) => r.quick_check).filter((m) => m !== 'ok') });
} catch (error) {
  parentPort.postMessage({ failed: { code: error.code, message: error.message } });
} finally {
  if (sqlite && sqlite.open) sqlite.close();
}`;

/**
 * SQLite's `PRAGMA quick_check` on a database file, in a worker thread: it reads every page (about a second
 * on a heavy user's file), so it must never hold up the window. Resolves to the problems found (empty when
 * the file is sound). A file SQLite cannot even read as a database counts as one problem.
 */
export function quickCheckInWorker(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHECK_SOURCE, { eval: true, workerData: { file, driver: require.resolve('better-sqlite3') } });
    let answer: { problems?: string[]; failed?: { code?: string; message: string } } | null = null;
    worker.once('message', (message: typeof answer) => (answer = message));
    worker.once('error', reject);
    // Settled only once the worker has closed the file, so its -wal and -shm are gone before anyone renames it.
    worker.once('exit', () => {
      if (answer?.problems) return resolve(answer.problems);
      const { code = '', message: text } = answer?.failed ?? { message: 'the check stopped' };
      if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return resolve([text]);
      reject(Object.assign(new Error(`The check of ${file} could not run: ${text}`), { code }));
    });
  });
}

/** quick_check where it is cheapest: in place for a small file, in a worker for a large one. */
export async function quickCheck(file: string): Promise<string[]> {
  if (fs.statSync(file).size > CHECK_IN_PLACE_BYTES) return quickCheckInWorker(file);
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    const rows = sqlite.pragma('quick_check(20)') as { quick_check: string }[];
    return rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
  } catch (error) {
    if (faultCode(error) === 'DAMAGED') return [(error as Error).message];
    throw error;
  } finally {
    sqlite?.close();
  }
}
