import { useState } from 'react';
import type { CalendarSource } from '../../../../electron/core/calendars/types';
import { useSetCalendarPassword } from '../../api/calendars';
import { ErrorMessage } from '../../components/ErrorMessage';

/** Asks again for a CalDAV password that was kept only for the last session. */
export function CalendarPassword({ source }: { source: CalendarSource }) {
  const setPassword = useSetCalendarPassword();
  const [password, setValue] = useState('');
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        setPassword.mutate({ id: source.id, password, rememberPassword: false }, { onSuccess: () => setValue('') });
      }}
    >
      <input type="password" aria-label={`Password for ${source.name}`} value={password} onChange={(e) => setValue(e.currentTarget.value)} style={{ width: 'auto' }} />
      <button type="submit" disabled={!password || setPassword.isPending}>
        Use this password
      </button>
      <ErrorMessage error={setPassword.error} />
    </form>
  );
}
