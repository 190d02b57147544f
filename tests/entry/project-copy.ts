import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';
import { removeTree } from '../helpers/remove-tree';

const NOT_COPIED = new Set(['node_modules', 'out', 'dist', '.git', '.tmp', 'test-results']);

/**
 * A fresh checkout of the project in a temp folder (sources copied, node_modules linked), so a command
 * that builds writes its own out/ and never the one other test files are reading.
 */
export function copyProject(): { root: string; home: string; remove(): void } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-entry-'));
  const root = path.join(base, 'mentor planner');
  fs.mkdirSync(root);
  for (const entry of fs.readdirSync(REPO_ROOT)) {
    if (NOT_COPIED.has(entry)) continue;
    fs.cpSync(path.join(REPO_ROOT, entry), path.join(root, entry), {
      recursive: true,
      filter: (source) => !/\.db(-wal|-shm)?$/.test(source),
    });
  }
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const home = path.join(base, 'home');
  fs.mkdirSync(home);
  return { root, home, remove: () => removeTree(base) };
}

export { freePort } from '../helpers/servers';

/** The environment of a person with a fresh home folder: no overrides of where data goes. */
export function userEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home, ...extra };
  for (const name of ['XDG_CONFIG_HOME', 'MENTOR_PLANNER_DB', 'MENTOR_PLANNER_DATA_DIR', 'MP_OUT_DIR', 'ELECTRON_RUN_AS_NODE']) delete env[name];
  return env;
}

export interface RunningCommand {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output, or rejects when the command exits first. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
  /** Stops the command and everything it started (its process group), by pid. */
  stop(): Promise<number | null>;
}

/** Runs a shell command line (as a person types it) in its own process group. */
export function runCommand(commandLine: string, cwd: string, env: NodeJS.ProcessEnv): RunningCommand {
  const child = spawn(commandLine, { cwd, env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const listener of listeners) listener();
  });
  return {
    child,
    output: () => output,
    exited,
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`No ${pattern} within ${timeoutMs} ms. Output:\n${output}`)), timeoutMs);
        const check = () => {
          const match = output.match(pattern);
          if (match) finish(null, match);
          else if (done) finish(new Error(`The command exited before printing ${pattern}. Output:\n${output}`));
        };
        const finish = (error: Error | null, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      const pid = child.pid!;
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-pid, name);
        } catch {
          // the group is gone
        }
      };
      signal('SIGTERM');
      // The shell may exit before the server it started has finished closing: wait for the whole group.
      const deadline = Date.now() + 10_000;
      while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (groupAlive(pid)) signal('SIGKILL');
      return exited;
    },
  };
}

/** True while any process of the group still runs. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
