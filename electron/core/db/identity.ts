import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copiesFolderFor, listCopiesIn, type DatabaseCopy } from '../backup/daily-copies';

/** `PRAGMA application_id` of every Mentor Planner database: "MPLN". */
export const APPLICATION_ID = 0x4d504c4e;

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_BYTES = 100;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

export type IdentityProblem = 'FOREIGN_FILE' | 'EMPTY_FILE' | 'STRAY_WAL' | 'DAMAGED_FILE';

export type StoreIdentity =
  /** No file yet (or an empty one and no copies to miss): a new database is created. */
  | { status: 'new' }
  | { status: 'ours' }
  /** Mentor Planner's schema without the mark (written before the mark existed): it is marked at open. */
  | { status: 'adopt' }
  | { status: 'refused'; problem: IdentityProblem; message: string; newestCopy: DatabaseCopy | null; copiesFolder: string };

interface Header {
  pageSize: number;
  applicationId: number;
  wal: boolean;
}

/** The facts of a database header (the first 100 bytes), or null if the bytes are not SQLite's. */
function parseHeader(bytes: Buffer): Header | null {
  if (bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, 16) !== SQLITE_MAGIC) return null;
  const raw = bytes.readUInt16BE(16);
  return { pageSize: raw === 1 ? 65536 : raw, applicationId: bytes.readUInt32BE(68), wal: bytes[18] === 2 && bytes[19] === 2 };
}

function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

function readHeader(file: string): Header | null {
  const fd = fs.openSync(file, 'r');
  try {
    return parseHeader(readAt(fd, HEADER_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a write-ahead log beside a database with this header: 'foreign' when it cannot belong to it (not
 * a log, or another page size), else the newest copy of page 1 it holds (null if none), which is newer
 * than the file's own. Only frames of the log's current generation (matching salts) count, as for SQLite.
 */
function readLog(walPath: string, header: Header): 'foreign' | { pageOne: Header | null } {
  const fd = fs.openSync(walPath, 'r');
  try {
    const walHeader = readAt(fd, WAL_HEADER_BYTES, 0);
    if (walHeader.length < WAL_HEADER_BYTES) return { pageOne: null }; // SQLite ignores a log without a whole header
    const magic = walHeader.readUInt32BE(0);
    if (magic !== 0x377f0682 && magic !== 0x377f0683) return 'foreign';
    const pageSize = walHeader.readUInt32BE(8);
    if (pageSize !== header.pageSize) return 'foreign';
    const salt1 = walHeader.readUInt32BE(16);
    const salt2 = walHeader.readUInt32BE(20);
    const size = fs.fstatSync(fd).size;
    let newestPageOne = -1;
    for (let offset = WAL_HEADER_BYTES; offset + WAL_FRAME_HEADER_BYTES + pageSize <= size; offset += WAL_FRAME_HEADER_BYTES + pageSize) {
      const frame = readAt(fd, WAL_FRAME_HEADER_BYTES, offset);
      if (frame.readUInt32BE(8) !== salt1 || frame.readUInt32BE(12) !== salt2) break;
      if (frame.readUInt32BE(0) === 1) newestPageOne = offset + WAL_FRAME_HEADER_BYTES;
    }
    return { pageOne: newestPageOne < 0 ? null : parseHeader(readAt(fd, HEADER_BYTES, newestPageOne)) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether an unmarked SQLite file holds Mentor Planner's tables. Read from a throw-away copy when it is in
 * WAL mode, because even a read-only open of a WAL database leaves -wal and -shm files beside it. */
function holdsOurSchema(file: string, header: Header): boolean {
  let inspect = file;
  let scratch: string | null = null;
  if (header.wal) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-planner-identity-'));
    inspect = path.join(scratch, 'inspect.db');
    fs.copyFileSync(file, inspect, fs.constants.COPYFILE_FICLONE);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${inspect}-wal`, fs.constants.COPYFILE_FICLONE);
  }
  try {
    const sqlite = new Database(inspect, { readonly: !scratch, fileMustExist: true });
    try {
      const names = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
      return names.size === 0 || (names.has('__drizzle_migrations') && names.has('mentors') && names.has('settings'));
    } finally {
      sqlite.close();
    }
  } catch {
    return false;
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** A copy worth offering: a whole SQLite file that is Mentor Planner's (marked, or from before the mark). */
export function isRestorableCopy(file: string): boolean {
  try {
    const header = readHeader(file);
    return header !== null && (header.applicationId === APPLICATION_ID || header.applicationId === 0);
  } catch {
    return false;
  }
}

export function refuse(databasePath: string, problem: IdentityProblem, what: string): Extract<StoreIdentity, { status: 'refused' }> {
  const copiesFolder = copiesFolderFor(databasePath);
  const newestCopy = listCopiesIn(copiesFolder).find((c) => c.sizeBytes > 0 && isRestorableCopy(path.join(copiesFolder, c.fileName))) ?? null;
  const offer = newestCopy
    ? ` You can restore the newest good copy (${newestCopy.fileName}, from ${newestCopy.date}); the file there now is kept aside, not deleted.`
    : ` There is no copy in ${copiesFolder} to restore: move the file away to start an empty planner, or put a copy of your data in its place.`;
  return { status: 'refused', problem, message: `${what} Mentor Planner left it untouched.${offer}`, newestCopy, copiesFolder };
}

/**
 * Decides, before anything opens or migrates it, whether the data file is Mentor Planner's. Reads only the
 * first 100 bytes (and the -wal's frame headers if there is one), so it costs well under a millisecond on
 * any size of file; only an unmarked file from an older version is opened, once, to be recognised.
 */
export function checkStoreIdentity(databasePath: string): StoreIdentity {
  const walPath = `${databasePath}-wal`;
  const walSize = fs.existsSync(walPath) ? fs.statSync(walPath).size : 0;
  const size = fs.existsSync(databasePath) ? fs.statSync(databasePath).size : -1;
  const name = path.basename(databasePath);
  if (size <= 0 && walSize > 0) {
    return refuse(databasePath, 'STRAY_WAL', `Beside your data file there is a write-ahead log (${name}-wal) but no database it belongs to.`);
  }
  if (size < 0) return { status: 'new' };
  if (size === 0) {
    const copies = listCopiesIn(copiesFolderFor(databasePath));
    if (copies.length === 0) return { status: 'new' };
    return refuse(databasePath, 'EMPTY_FILE', `Your data file (${databasePath}) is empty (0 bytes) although there are backup copies — a crash, a full disk or a sync tool probably cut it short.`);
  }
  const header = readHeader(databasePath);
  const ours = (h: Header) => h.applicationId === APPLICATION_ID || h.applicationId === 0;
  if (!header || !ours(header)) {
    return refuse(databasePath, 'FOREIGN_FILE', `The file ${databasePath} is not a Mentor Planner database (it belongs to another program, or is not a database at all).`);
  }
  const strayLog = () =>
    refuse(databasePath, 'STRAY_WAL', `Beside your data file there is a write-ahead log (${name}-wal) that belongs to another database; opening them together would mix that database into yours.`);
  // The log's page 1 is newer than the file's (the mark may be set in the log and not yet in the file).
  const log = walSize > 0 ? readLog(walPath, header) : { pageOne: null };
  if (log === 'foreign' || (log.pageOne && !ours(log.pageOne))) return strayLog();
  const current = log.pageOne ?? header;
  if (current.applicationId === APPLICATION_ID) return { status: 'ours' };
  if (!holdsOurSchema(databasePath, header)) {
    if (header.applicationId === APPLICATION_ID) return strayLog();
    return refuse(databasePath, 'FOREIGN_FILE', `The file ${databasePath} is an SQLite database of another program, not Mentor Planner's.`);
  }
  return { status: 'adopt' };
}
