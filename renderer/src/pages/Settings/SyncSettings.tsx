import { useRef, useState, type FormEvent } from 'react';
import type { SyncDevice } from '../../../../electron/core/sync/contract';
import { usePauseSync, useRemoveSyncDevice, useSyncNow, useSyncStatus, useTurnOffSync, useUnlockSync } from '../../api/sync';
import { plural, pluralWord } from '../../../../electron/core/plural';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusAfterRowLeaves } from '../../components/focus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../components/dates';
import { SyncSetUp } from './SyncSetUp';

const STATE_LABEL = { off: 'Off', on: 'On', paused: 'Paused', locked: 'Waiting for the passphrase' } as const;

function Unlock() {
  const unlock = useUnlockSync();
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: FormEvent) => (event.preventDefault(), unlock.mutate({ passphrase }));
  return (
    <form onSubmit={submit} aria-label="Unlock sync">
      <p>Without a system keychain (browser mode, or a computer with none) the sync key is kept only while Mentor Planner runs. Type the sync passphrase to carry on syncing.</p>
      <Field label="Sync passphrase">
        {(props) => <input {...props} type="password" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} required />}
      </Field>
      <ErrorMessage error={unlock.error} />
      <button type="submit" className="primary" disabled={unlock.isPending}>
        Unlock
      </button>
    </form>
  );
}

function Devices({ devices }: { devices: SyncDevice[] }) {
  const remove = useRemoveSyncDevice();
  const [removing, setRemoving] = useState<SyncDevice | null>(null);
  const removeButton = useRef<HTMLButtonElement | null>(null);
  const active = devices.filter((d) => !d.removed);
  return (
    <>
      <h3>Other devices</h3>
      {active.length === 0 ? (
        <p className="muted">None yet. Set up sync on your other computers with the same folder and passphrase.</p>
      ) : (
        <ul className="list" aria-label="Other devices">
          {active.map((d) => (
            <li key={d.deviceId} className="list-row">
              <span>
                <strong>{d.name || 'Unnamed device'}</strong>{' '}
                <span className="muted">{d.lastSeenAt ? `last seen ${formatDateTime(d.lastSeenAt)}` : 'not seen yet'}{d.appVersion && ` · version ${d.appVersion}`}</span>
              </span>
              <button type="button" onClick={(e) => ((removeButton.current = e.currentTarget), setRemoving(d))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={remove.error} />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove “${removing?.name || 'this device'}” from sync?`}
        confirmLabel="Remove device"
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          if (removeButton.current) focusAfterRowLeaves(removeButton.current);
          remove.mutate({ deviceId: removing.deviceId }, { onSettled: () => setRemoving(null) });
        }}
      >
        Its changes stop being read here, and old sync files stop waiting for it. Use this for a lost or retired computer; what it already
        synced stays.
      </ConfirmDialog>
    </>
  );
}

/** Settings → Sync: set up, status (last synced, pending changes, devices), pause, sync now, turn off. */
export function SyncSettings() {
  const status = useSyncStatus();
  const syncNow = useSyncNow();
  const pause = usePauseSync();
  const turnOff = useTurnOffSync();
  const [confirmOff, setConfirmOff] = useState(false);
  const s = status.data;
  return (
    <fieldset aria-label="Sync">
      <legend>Sync between your computers</legend>
      <p className="muted">
        End-to-end encrypted through a folder you already sync, or a WebDAV server. No account, no vendor: each computer writes only its own files.
      </p>
      <ErrorMessage error={status.error} />
      {s && s.state === 'off' && <SyncSetUp keyKeptInKeychain={s.keyKeptInKeychain} />}
      {s && s.state === 'locked' && <Unlock />}
      {s && s.state !== 'off' && (
        <>
          <dl className="about" aria-label="Sync status">
            <dt>Sync</dt>
            <dd data-testid="sync-state">{STATE_LABEL[s.state]}</dd>
            <dt>Where</dt>
            <dd>{s.target?.kind === 'folder' ? s.target.path : s.target?.url}</dd>
            <dt>This device</dt>
            <dd>{s.deviceName}</dd>
            <dt>Last synced</dt>
            <dd data-testid="sync-last">{s.lastSyncAt ? formatDateTime(s.lastSyncAt) : 'Not yet'}</dd>
            <dt>Changes waiting to go out</dt>
            <dd data-testid="sync-pending">{s.pendingChanges}</dd>
          </dl>
          {s.lastError && (
            <p className="error-message" role="alert">
              {s.lastError}
            </p>
          )}
          {s.noteConflicts > 0 && (
            <p role="status">
              {plural(s.noteConflicts, 'meeting')} {pluralWord(s.noteConflicts, 'has', 'have')} notes edited on two devices: open the meeting to choose.
            </p>
          )}
          <div className="row">
            <button type="button" className="primary" disabled={syncNow.isPending || s.state !== 'on'} onClick={() => syncNow.mutate({})}>
              {syncNow.isPending ? 'Syncing…' : 'Sync now'}
            </button>
            <button type="button" onClick={() => pause.mutate({ paused: s.state !== 'paused' })} disabled={s.state === 'locked'}>
              {s.state === 'paused' ? 'Resume sync' : 'Pause sync'}
            </button>
            <button type="button" className="danger" onClick={() => setConfirmOff(true)}>
              Turn off sync…
            </button>
          </div>
          <ErrorMessage error={syncNow.error ?? pause.error ?? turnOff.error} />
          <Devices devices={s.devices} />
        </>
      )}
      <ConfirmDialog
        open={confirmOff}
        title="Turn off sync on this device?"
        confirmLabel="Turn off sync"
        danger
        busy={turnOff.isPending}
        onCancel={() => setConfirmOff(false)}
        onConfirm={() => turnOff.mutate({}, { onSettled: () => setConfirmOff(false) })}
      >
        Everything stays on this computer, and your other devices keep syncing with each other. Changes made here from now on stay here until
        you set sync up again.
      </ConfirmDialog>
    </fieldset>
  );
}
