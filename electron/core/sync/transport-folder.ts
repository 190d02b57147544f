import fs from 'node:fs/promises';
import path from 'node:path';
import { SYNC_ROOT, unreachable, type SyncTransport } from './transport';

const PARTIAL = '.part';

/** A folder another program keeps in step across computers (Syncthing, Dropbox, iCloud Drive, OneDrive…). */
export class FolderTransport implements SyncTransport {
  private readonly root: string;

  constructor(folder: string) {
    this.root = path.join(folder, SYNC_ROOT);
  }

  async listDevices(): Promise<string[]> {
    const entries = await this.guard(() => fs.readdir(this.root, { withFileTypes: true }).catch(missingAsEmpty));
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  }

  async list(deviceId: string): Promise<string[]> {
    const names = await this.guard(() => fs.readdir(path.join(this.root, deviceId)).catch(missingAsEmpty));
    // Partial uploads, and the temporary files folder-sync tools leave (Syncthing's .syncthing.*.tmp, ~ files), are never read.
    return (names as string[]).filter((n) => !n.endsWith(PARTIAL) && !n.startsWith('.') && !n.startsWith('~'));
  }

  read(deviceId: string, name: string): Promise<Buffer> {
    return this.guard(() => fs.readFile(path.join(this.root, deviceId, name)));
  }

  async write(deviceId: string, name: string, data: Buffer): Promise<void> {
    const dir = path.join(this.root, deviceId);
    await this.guard(async () => {
      await fs.mkdir(dir, { recursive: true });
      const partial = path.join(dir, name + PARTIAL);
      const handle = await fs.open(partial, 'w');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(partial, path.join(dir, name));
    });
  }

  async remove(deviceId: string, name: string): Promise<void> {
    await this.guard(() => fs.rm(path.join(this.root, deviceId, name), { force: true }));
  }

  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw unreachable(this.root, error);
    }
  }
}

function missingAsEmpty(error: NodeJS.ErrnoException): never[] {
  if (error.code === 'ENOENT') return [];
  throw error;
}
