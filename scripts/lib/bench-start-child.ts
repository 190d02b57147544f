// One fresh core start, in its own process: tsx scripts/lib/bench-start-child.ts <db> <due|not-due> <nowIso>
// Prints one JSON line: module load, open (identity + migration check + pragmas), first dashboard,
// and the daily copy when it is due (it runs in the background; its time is reported, not added).
import path from 'node:path';

async function main() {
  const [file, mode, nowIso] = process.argv.slice(2);
  const started = performance.now();
  const { startCore } = await import('../../electron/core/app-core');
  const { checkStoreIdentity } = await import('../../electron/core/db/identity');
  const loaded = performance.now();
  const identityStarted = performance.now();
  checkStoreIdentity(file);
  const identityMs = performance.now() - identityStarted;
  const opening = performance.now();
  const core = await startCore({
    dataDir: path.dirname(file),
    databasePath: file,
    migrationsFolderCandidates: [path.resolve(__dirname, '../../drizzle')],
    appVersion: 'bench',
    now: () => new Date(nowIso),
    dailyCopyAfterMs: mode === 'due' ? 0 : null,
  });
  const opened = performance.now();
  const dashboard = await core.call('dashboard.today', { timeZone: 'UTC' });
  const shown = performance.now();
  if (!dashboard.ok) throw new Error(dashboard.error.message);
  await core.dailyCopy();
  const copied = performance.now();
  core.close();
  console.log(
    JSON.stringify({
      loadMs: loaded - started,
      identityMs,
      openMs: opened - opening,
      dashboardMs: shown - opened,
      startMs: shown - opening,
      copyMs: mode === 'due' ? copied - opened : null,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
