import { useState, type FormEvent } from 'react';
import { useSetUpSync } from '../../api/sync';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** The first device creates the sync (and its passphrase); the others join it with the same passphrase. */
export function SyncSetUp({ keyKeptInKeychain }: { keyKeptInKeychain: boolean }) {
  const setUp = useSetUpSync();
  const [kind, setKind] = useState<'folder' | 'webdav'>('folder');
  const [path, setPath] = useState('');
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [join, setJoin] = useState(false);
  const [deviceName, setDeviceName] = useState('');
  const mismatch = !join && repeat !== '' && repeat !== passphrase;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    const target = kind === 'folder' ? { kind, path } : { kind, url, username, password };
    setUp.mutate({ target, passphrase, deviceName, join });
  };
  return (
    <form onSubmit={submit} aria-label="Set up sync">
      <div role="radiogroup" aria-label="Where the sync files go" className="row">
        <label>
          <input type="radio" name="sync-kind" checked={kind === 'folder'} onChange={() => setKind('folder')} /> A folder I already sync
        </label>
        <label>
          <input type="radio" name="sync-kind" checked={kind === 'webdav'} onChange={() => setKind('webdav')} /> A WebDAV server
        </label>
      </div>
      {kind === 'folder' ? (
        <Field label="Folder" hint="A folder Syncthing, Dropbox, iCloud Drive, OneDrive or Nextcloud keeps in step, e.g. ~/Sync. Mentor Planner adds a mentor-planner folder inside it.">
          {(props) => <input {...props} value={path} onChange={(e) => setPath(e.currentTarget.value)} required />}
        </Field>
      ) : (
        <>
          <Field label="WebDAV address" hint="For example https://cloud.example.com/remote.php/dav/files/me/">
            {(props) => <input {...props} type="url" value={url} onChange={(e) => setUrl(e.currentTarget.value)} required />}
          </Field>
          <Field label="User name">{(props) => <input {...props} value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoComplete="username" />}</Field>
          <Field label="Password" hint={keyKeptInKeychain ? 'Kept in your system keychain.' : 'Kept only while Mentor Planner runs: there is no system keychain here.'}>
            {(props) => <input {...props} type="password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" />}
          </Field>
        </>
      )}
      <label className="row">
        <input type="checkbox" checked={join} onChange={(e) => setJoin(e.currentTarget.checked)} /> Another device already syncs here (join it)
      </label>
      <Field
        label="Sync passphrase"
        hint={join ? 'The passphrase you chose on your first device.' : 'Everything in the folder is encrypted with it. You will type it on your other devices; it cannot be recovered.'}
      >
        {(props) => <input {...props} type="password" minLength={8} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} required autoComplete="new-password" />}
      </Field>
      {!join && (
        <Field label="Repeat the passphrase" error={mismatch ? 'The two passphrases differ.' : undefined}>
          {(props) => <input {...props} type="password" value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} required autoComplete="new-password" />}
        </Field>
      )}
      <Field label="Name of this device" hint="Shown on your other devices, e.g. Work laptop.">
        {(props) => <input {...props} value={deviceName} onChange={(e) => setDeviceName(e.currentTarget.value)} required maxLength={80} />}
      </Field>
      <ErrorMessage error={setUp.error} />
      <button type="submit" className="primary" disabled={setUp.isPending || mismatch}>
        {setUp.isPending ? 'Setting up…' : join ? 'Join and sync' : 'Set up sync'}
      </button>
    </form>
  );
}
