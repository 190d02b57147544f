import { useState } from 'react';
import { picksBackupFileInPage, useRestoreBackupFile } from '../../api/backup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';

function RestoreProgress({ share }: { share: number }) {
  const percent = Math.round(share * 100);
  if (share >= 1) return <>Checking every record and restoring…</>;
  return (
    <>
      Uploading the backup… {percent}% <meter min={0} max={100} value={percent} aria-label="Upload progress" />
    </>
  );
}

/**
 * Restore from a backup file, checked whole before anything changes. Browser mode: pick the file here
 * (sent as a stream, with progress). Desktop: the open dialog picks it.
 */
export function RestoreBackupFile() {
  const restore = useRestoreBackupFile();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const run = () => restore.mutate({ file, mode }, { onSettled: () => setConfirmReplace(false) });
  return (
    <>
      <div className="row">
        {picksBackupFileInPage && (
          <label className="row">
            Restore from a backup file
            <input type="file" accept="application/json,.json" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} style={{ width: 'auto' }} />
          </label>
        )}
        <select aria-label="Restore mode" value={mode} onChange={(e) => setMode(e.currentTarget.value as 'replace' | 'merge')} style={{ width: 'auto' }}>
          <option value="merge">Merge: update matching records, add the rest</option>
          <option value="replace">Replace everything with the backup</option>
        </select>
        <button type="button" disabled={(picksBackupFileInPage && !file) || restore.isPending} onClick={() => (mode === 'replace' ? setConfirmReplace(true) : run())}>
          {picksBackupFileInPage ? 'Restore' : 'Restore from a backup file…'}
        </button>
      </div>
      {/* One live region, present before anything is announced in it. */}
      <p role="status" className="progress">
        {restore.progress !== null ? (
          <RestoreProgress share={restore.progress} />
        ) : restore.isPending ? (
          'Checking every record and restoring…'
        ) : restore.isSuccess && restore.data ? (
          `Restored ${restore.data.fileName}. Your previous data was copied aside first, as ${restore.data.safetyCopy} in the backups folder.`
        ) : null}
      </p>
      <ErrorMessage error={restore.error} />
      <ConfirmDialog
        open={confirmReplace}
        title="Replace everything with this backup?"
        confirmLabel="Replace everything"
        danger
        busy={restore.isPending}
        onCancel={() => setConfirmReplace(false)}
        onConfirm={run}
      >
        <p>All current mentors, goals, meetings and commitments are replaced by the backup’s. Your current data is copied aside first, in the backups folder.</p>
      </ConfirmDialog>
    </>
  );
}
