import { useState, type FormEvent } from 'react';
import { useCalendarCapabilities, useSubscribeCalendar, userTimeZone } from '../../api/calendars';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { importSentence } from '../Meetings/CalendarDropZone';

/** Subscribe to an ICS address or a CalDAV calendar (read-only; refreshed in the background). */
export function CalendarSubscribe() {
  const subscribe = useSubscribeCalendar();
  const capabilities = useCalendarCapabilities();
  const keychain = capabilities.data?.keychain ?? false;
  const [kind, setKind] = useState<'ics_url' | 'caldav'>('ics_url');
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [rememberPassword, setRemember] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    subscribe.mutate(
      { kind, url, name, username, password, rememberPassword, timeZone: userTimeZone() },
      {
        onSuccess: () => {
          setUrl('');
          setName('');
          setPassword('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Subscribe to a calendar">
      <h3>Subscribe to a calendar</h3>
      <div className="row">
        <label>
          <input type="radio" name="calendar-kind" checked={kind === 'ics_url'} onChange={() => setKind('ics_url')} /> Calendar address (ICS / webcal)
        </label>
        <label>
          <input type="radio" name="calendar-kind" checked={kind === 'caldav'} onChange={() => setKind('caldav')} /> CalDAV server
        </label>
      </div>
      <Field label={kind === 'caldav' ? 'CalDAV address' : 'Calendar address'} hint={kind === 'caldav' ? 'Your account’s or one calendar’s address, e.g. https://dav.example.org/you/work/' : 'The secret address in iCal format from your calendar’s settings (https:// or webcal://).'}>
        {(props) => <input {...props} type="url" required value={url} onChange={(e) => setUrl(e.currentTarget.value)} placeholder="https://…" />}
      </Field>
      <Field label="Name (optional)">{(props) => <input {...props} value={name} onChange={(e) => setName(e.currentTarget.value)} />}</Field>
      {kind === 'caldav' && (
        <>
          <Field label="User name">{(props) => <input {...props} autoComplete="username" value={username} onChange={(e) => setUsername(e.currentTarget.value)} />}</Field>
          <Field
            label="Password"
            hint={keychain ? 'Kept encrypted by your system’s keychain.' : 'Kept only while Mentor Planner runs, unless you tick the box below.'}
          >
            {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />}
          </Field>
          {!keychain && (
            <label>
              <input type="checkbox" checked={rememberPassword} onChange={(e) => setRemember(e.currentTarget.checked)} /> Remember the password on this computer (stored
              unencrypted in the database file)
            </label>
          )}
        </>
      )}
      <button type="submit" className="primary" disabled={subscribe.isPending || !url}>
        {subscribe.isPending ? 'Reading the calendar…' : 'Subscribe'}
      </button>
      <p role="status">{subscribe.data && importSentence(subscribe.data)}</p>
      <ErrorMessage error={subscribe.error} />
    </form>
  );
}
