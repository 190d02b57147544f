import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { freePort, startProcess, waitForHttp } from './servers';

export interface SyncthingInstance {
  deviceId: string;
  folder: string;
  port: number;
  gui: string;
  apiKey: string;
  start(peer: SyncthingInstance): Promise<void>;
  /** Asks Syncthing to look at the folder now instead of waiting for its watcher. */
  rescan(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A real Syncthing (Debian's package) with its own home, listening on loopback only, with global discovery,
 * relays, NAT and usage reporting off (there is no internet here, and a test must not look for one).
 */
export async function makeSyncthing(root: string, name: string): Promise<SyncthingInstance> {
  const home = path.join(root, `${name}-home`);
  const folder = path.join(root, `${name}-folder`);
  fs.mkdirSync(path.join(folder, '.stfolder'), { recursive: true });
  const generated = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder'], { encoding: 'utf8' });
  const deviceId = /Device ID: (\S+)/.exec(generated.stdout + generated.stderr)?.[1];
  if (!deviceId) throw new Error(`syncthing generate failed: ${generated.stdout}${generated.stderr}`);
  const port = await freePort();
  const guiPort = await freePort();
  const apiKey = crypto.randomBytes(16).toString('hex');
  let process: ReturnType<typeof startProcess> | null = null;
  const instance: SyncthingInstance = {
    deviceId,
    folder,
    port,
    gui: `http://127.0.0.1:${guiPort}`,
    apiKey,
    async start(peer) {
      fs.writeFileSync(path.join(home, 'config.xml'), configXml({ self: instance, peer, guiPort, name }));
      process = startProcess('syncthing', ['serve', `--home=${home}`, '--no-browser', '--no-restart', '--no-upgrade', '--skip-port-probing'], {
        STNODEFAULTFOLDER: '1',
        STNOUPGRADE: '1',
      });
      await waitForHttp(`${instance.gui}/rest/noauth/health`, 30_000);
    },
    async rescan() {
      await fetch(`${instance.gui}/rest/db/scan?folder=mentor-planner-sync`, { method: 'POST', headers: { 'X-API-Key': apiKey } });
    },
    async stop() {
      await process?.stop();
    },
  };
  return instance;
}

function configXml({ self, peer, guiPort, name }: { self: SyncthingInstance; peer: SyncthingInstance; guiPort: number; name: string }): string {
  return `<configuration version="36">
  <folder id="mentor-planner-sync" label="Mentor Planner" path="${self.folder}" type="sendreceive" rescanIntervalS="3" fsWatcherEnabled="true" fsWatcherDelayS="1">
    <device id="${self.deviceId}"></device>
    <device id="${peer.deviceId}"></device>
    <minDiskFree unit="%">0</minDiskFree>
  </folder>
  <device id="${self.deviceId}" name="${name}"><address>dynamic</address></device>
  <device id="${peer.deviceId}" name="peer"><address>tcp://127.0.0.1:${peer.port}</address></device>
  <gui enabled="true" tls="false"><address>127.0.0.1:${guiPort}</address><apikey>${self.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${self.port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
    <reconnectionIntervalS>1</reconnectionIntervalS>
  </options>
</configuration>
`;
}
