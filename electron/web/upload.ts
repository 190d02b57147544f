import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const UPLOAD_BACKUP_PATH = '/api/upload/backup';

export interface StagedUpload {
  file: string;
  dispose(): void;
}

/**
 * Streams a request body into a private temporary file named `fileName` (never whole in memory), at most `limit` bytes.
 * 'too-large' as soon as the sender announces or sends more; 'aborted' if the sender went away.
 */
export async function stageUpload(req: http.IncomingMessage, limit: number, fileName: string): Promise<StagedUpload | 'too-large' | 'aborted'> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return 'too-large';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-planner-upload-'));
  const file = path.join(dir, fileName);
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  let size = 0;
  let tooLarge = false;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        return done(new Error('too large'));
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(req, counter, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    return { file, dispose };
  } catch {
    dispose();
    return tooLarge ? 'too-large' : 'aborted';
  }
}
