import { useState } from 'react';
import { useBackupCopies, useCopyNow, useDownloadBackup, useRestoreCopy } from '../../api/backup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDay } from '../../components/dates';
import { RestoreBackupFile } from './RestoreBackupFile';

function saveText(name: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Backups: a JSON file you keep, restore (validated first, all or nothing), and the automatic daily copies. */
export function BackupSettings() {
  const copies = useBackupCopies();
  const download = useDownloadBackup();
  const restoreCopy = useRestoreCopy();
  const copyNow = useCopyNow();
  const [copyToRestore, setCopyToRestore] = useState<string | null>(null);
  return (
    <fieldset aria-label="Export and backup">
      <legend>
        <h2>Export and backup</h2>
      </legend>
      <h3>Backup file</h3>
      <div className="row">
        <button type="button" onClick={() => download.mutate(undefined, { onSuccess: (b) => saveText(b.fileName, b.content) })} disabled={download.isPending}>
          Download a backup (JSON)
        </button>
      </div>
      <RestoreBackupFile />
      <ErrorMessage error={download.error} />
      <h3>Daily copies</h3>
      <p className="muted">
        Mentor Planner copies its database once a day and keeps the last seven{copies.data && <> in {copies.data.folder}</>}.
      </p>
      <div className="row">
        <button type="button" onClick={() => copyNow.mutate(undefined)} disabled={copyNow.isPending}>
          Copy the database now
        </button>
        <span role="status">{copyNow.isSuccess && `Copied: ${copyNow.data.fileName}.`}</span>
      </div>
      <ul className="list" aria-label="Daily copies">
        {copies.data?.copies.map((c) => (
          <li key={c.fileName} className="list-row">
            <span>
              {formatDay(c.date)}
              {c.kind === 'before-restore' && ' · taken just before a restore'}
              {c.kind === 'on-request' && ' · copied on request'} <span className="muted">· {(c.sizeBytes / 1024).toFixed(0)} KB</span>
            </span>
            <button type="button" onClick={() => setCopyToRestore(c.fileName)}>
              Restore this copy…
            </button>
          </li>
        ))}
      </ul>
      {copies.data?.copies.length === 0 && <p className="muted">No copies yet.</p>}
      <ErrorMessage error={restoreCopy.error ?? copyNow.error} />
      <p role="status">{restoreCopy.isSuccess && `Restored. The state before the restore was kept as ${restoreCopy.data.safetyCopy}.`}</p>
      <ConfirmDialog
        open={copyToRestore !== null}
        title="Restore this copy?"
        confirmLabel="Restore"
        busy={restoreCopy.isPending}
        onCancel={() => setCopyToRestore(null)}
        onConfirm={() => copyToRestore && restoreCopy.mutate(copyToRestore, { onSettled: () => setCopyToRestore(null) })}
      >
        <p>Everything goes back to how it was on that day. Your current data is copied aside first, so this can be undone.</p>
      </ConfirmDialog>
    </fieldset>
  );
}
