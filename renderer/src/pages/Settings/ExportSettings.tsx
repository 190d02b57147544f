import { useState } from 'react';
import type { ExportSelection } from '../../../../electron/core/export/types';
import { useMentorOptions } from '../../api/lookups';
import { ExportMenu } from '../../components/ExportMenu';
import { Field } from '../../components/Field';

type Scope = 'all' | 'mentor' | 'range';

/** Which meetings to export from Settings: everything, one mentor's, or a date range. */
function selectionFor(scope: Scope, mentorId: string, from: string, to: string): { selection: ExportSelection | null; error?: string } {
  if (scope === 'all') return { selection: { kind: 'all' } };
  if (scope === 'mentor') return mentorId ? { selection: { kind: 'mentor', mentorId: Number(mentorId) } } : { selection: null };
  if (!from || !to) return { selection: null };
  if (from > to) return { selection: null, error: 'The start date is after the end date. Swap them or pick another range.' };
  return { selection: { kind: 'range', from, to } };
}

export function ExportSettings() {
  const mentors = useMentorOptions();
  const [scope, setScope] = useState<Scope>('all');
  const [mentorId, setMentorId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { selection, error } = selectionFor(scope, mentorId, from, to);
  return (
    <fieldset aria-label="Export meeting notes">
      <legend>
        <h2>Export meeting notes</h2>
      </legend>
      <Field label="Meetings to export">
        {(props) => (
          <select {...props} value={scope} onChange={(e) => setScope(e.currentTarget.value as Scope)} style={{ width: 'auto' }}>
            <option value="all">Everything</option>
            <option value="mentor">All meetings with one mentor</option>
            <option value="range">Meetings in a date range</option>
          </select>
        )}
      </Field>
      {scope === 'mentor' && (
        <Field label="Mentor" hint={mentors.data?.length === 0 ? 'Add a mentor first; their meetings can then be exported.' : undefined}>
          {(props) => (
            <select {...props} value={mentorId} onChange={(e) => setMentorId(e.currentTarget.value)} style={{ width: 'auto' }}>
              <option value="">Choose a mentor…</option>
              {mentors.data?.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.archived ? ' (archived)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {scope === 'range' && (
        <div className="row">
          <Field label="From" error={error}>
            {(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />}
          </Field>
          <Field label="To">{(props) => <input {...props} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />}</Field>
        </div>
      )}
      {selection ? (
        <ExportMenu selection={selection} label="Export meetings" />
      ) : (
        !error && <p className="muted">{scope === 'mentor' ? 'Choose a mentor to export their meetings.' : 'Choose both dates to export the meetings between them.'}</p>
      )}
    </fieldset>
  );
}
