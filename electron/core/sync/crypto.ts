import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { PlannerError } from '../errors';

/** The sync file format this version writes and reads; a newer one is refused with a sentence. */
export const SYNC_FORMAT = 1;
const MAGIC = Buffer.from('MPSYNC');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface KeyFile {
  format: number;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  /** The data key, AES-256-GCM-encrypted with the key scrypt derives from the passphrase: iv | ciphertext | tag. */
  wrappedKey: string;
}

// scrypt cost: ~0.1 s and 32 MiB once per device set-up; tests may lower N through the argument.
const DEFAULT_N = 2 ** 15;

function deriveWrappingKey(passphrase: string, salt: Buffer, N: number, r: number, p: number): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 16 * 1024 * 1024 });
}

function seal(key: Buffer, plain: Buffer, aad: string): Buffer {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

function open(key: Buffer, sealed: Buffer, aad: string): Buffer | null {
  if (sealed.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

export function newDataKey(): Buffer {
  return crypto.randomBytes(32);
}

export function wrapDataKey(dataKey: Buffer, passphrase: string, N = DEFAULT_N): KeyFile {
  const salt = crypto.randomBytes(16);
  const r = 8;
  const p = 1;
  const wrapping = deriveWrappingKey(passphrase, salt, N, r, p);
  return { format: SYNC_FORMAT, kdf: 'scrypt', N, r, p, salt: salt.toString('base64'), wrappedKey: seal(wrapping, dataKey, 'mentor-planner-sync-key').toString('base64') };
}

export function unwrapDataKey(file: KeyFile, passphrase: string): Buffer {
  if (file.format > SYNC_FORMAT) throw newerFormat(file.format);
  const wrapping = deriveWrappingKey(passphrase, Buffer.from(file.salt, 'base64'), file.N, file.r, file.p);
  const key = open(wrapping, Buffer.from(file.wrappedKey, 'base64'), 'mentor-planner-sync-key');
  if (!key) {
    throw new PlannerError('INVALID', 'That passphrase does not open this sync folder. Type the sync passphrase you chose on your first device.', [
      { path: ['passphrase'], message: 'Wrong passphrase.' },
    ]);
  }
  return key;
}

export function newerFormat(format: number): PlannerError {
  return new PlannerError(
    'CONFLICT',
    `The sync folder holds files from a newer version of Mentor Planner (sync format ${format}). Update Mentor Planner on this device to sync; nothing was applied.`,
  );
}

/** A sync file: MAGIC | format byte | AES-256-GCM(gzip(JSON)), bound to its device and name so files cannot be swapped. */
export function encryptFile(key: Buffer, content: unknown, deviceId: string, name: string): Buffer {
  const plain = zlib.gzipSync(Buffer.from(JSON.stringify(content)));
  return Buffer.concat([MAGIC, Buffer.from([SYNC_FORMAT]), seal(key, plain, `${deviceId}/${name}`)]);
}

export function decryptFile<T>(key: Buffer, data: Buffer, deviceId: string, name: string): T {
  if (data.length < MAGIC.length + 1 || !data.subarray(0, MAGIC.length).equals(MAGIC)) throw damaged(deviceId, name);
  const format = data[MAGIC.length];
  if (format > SYNC_FORMAT) throw newerFormat(format);
  const plain = open(key, data.subarray(MAGIC.length + 1), `${deviceId}/${name}`);
  if (!plain) throw damaged(deviceId, name);
  return JSON.parse(zlib.gunzipSync(plain).toString('utf8')) as T;
}

function damaged(deviceId: string, name: string): PlannerError {
  return new PlannerError(
    'CONFLICT',
    `A sync file (${deviceId}/${name}) is damaged or was changed by someone without the passphrase, so nothing from it was applied. If it keeps happening, remove that device in Settings → Sync and set it up again.`,
  );
}
