import { SYNC_ROOT, unreachable, type SyncTransport } from './transport';

const PARTIAL = '.part';
const TIMEOUT_MS = 20_000;

/** A WebDAV folder (Nextcloud, ownCloud, Apache mod_dav, rclone serve webdav…), spoken with plain fetch. */
export class WebDavTransport implements SyncTransport {
  private readonly base: string;
  private readonly auth: string | null;

  constructor(url: string, username: string, password: string) {
    this.base = url.replace(/\/+$/, '') + '/' + SYNC_ROOT + '/';
    this.auth = username ? 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64') : null;
  }

  async listDevices(): Promise<string[]> {
    return (await this.propfind('')).filter((e) => e.dir).map((e) => e.name);
  }

  async list(deviceId: string): Promise<string[]> {
    return (await this.propfind(deviceId + '/')).filter((e) => !e.dir && !e.name.endsWith(PARTIAL)).map((e) => e.name);
  }

  async read(deviceId: string, name: string): Promise<Buffer> {
    const res = await this.request('GET', `${deviceId}/${encodeURIComponent(name)}`);
    return Buffer.from(await res.arrayBuffer());
  }

  async write(deviceId: string, name: string, data: Buffer): Promise<void> {
    await this.ensureFolder('');
    await this.ensureFolder(deviceId + '/');
    const partial = `${deviceId}/${encodeURIComponent(name + PARTIAL)}`;
    await this.request('PUT', partial, { body: new Uint8Array(data), headers: { 'Content-Type': 'application/octet-stream' } });
    await this.request('MOVE', partial, { headers: { Destination: this.base + `${deviceId}/${encodeURIComponent(name)}`, Overwrite: 'T' } });
  }

  async remove(deviceId: string, name: string): Promise<void> {
    await this.request('DELETE', `${deviceId}/${encodeURIComponent(name)}`, {}, [404]);
  }

  private async ensureFolder(relative: string): Promise<void> {
    // 405: it already exists.
    await this.request('MKCOL', relative, {}, [405]);
  }

  private async propfind(relative: string): Promise<{ name: string; dir: boolean }[]> {
    const res = await this.request('PROPFIND', relative, { headers: { Depth: '1', 'Content-Type': 'application/xml' }, body: PROPFIND_BODY }, [404]);
    if (res.status === 404) return [];
    const own = new URL(this.base + relative).pathname.replace(/\/+$/, '');
    const entries: { name: string; dir: boolean }[] = [];
    for (const block of (await res.text()).split(/<(?:[a-zA-Z]+:)?response[\s>]/).slice(1)) {
      const href = /<(?:[a-zA-Z]+:)?href>([^<]*)<\/(?:[a-zA-Z]+:)?href>/.exec(block)?.[1];
      if (!href) continue;
      const pathname = decodeURIComponent(new URL(href.replace(/&amp;/g, '&'), this.base).pathname).replace(/\/+$/, '');
      if (pathname === decodeURIComponent(own)) continue;
      entries.push({ name: pathname.slice(pathname.lastIndexOf('/') + 1), dir: /<(?:[a-zA-Z]+:)?collection[\s/>]/.test(block) });
    }
    return entries;
  }

  private async request(method: string, relative: string, init: RequestInit = {}, allowed: number[] = []): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(this.base + relative, {
        ...init,
        method,
        headers: { ...(this.auth ? { Authorization: this.auth } : {}), ...(init.headers as Record<string, string>) },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw unreachable(this.base, error);
    }
    if (res.ok || allowed.includes(res.status)) return res;
    await res.body?.cancel();
    if (res.status === 401 || res.status === 403) {
      throw unreachable(this.base, new Error('the server refused the user name or password'));
    }
    throw unreachable(this.base, new Error(`${method} answered ${res.status} ${res.statusText}`));
  }
}

const PROPFIND_BODY = '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>';
