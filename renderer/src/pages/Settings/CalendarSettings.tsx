import { useRef, useState } from 'react';
import type { CalendarSeriesReview, CalendarSource } from '../../../../electron/core/calendars/types';
import { useCalendarSeries, useCalendarSources, useDecideSeries, useRefreshCalendars, useRemoveCalendarSource, userTimeZone } from '../../api/calendars';
import { useSettings, useUpdateSettings } from '../../api/system';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusAfterRowLeaves } from '../../components/focus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/dates';
import { CalendarImport } from '../Meetings/CalendarDropZone';
import { CalendarFeed } from './CalendarFeed';
import { CalendarPassword } from './CalendarPassword';
import { CalendarSubscribe } from './CalendarSubscribe';

const KIND_LABEL = { file: 'Imported file', ics_url: 'Subscribed (ICS address)', caldav: 'CalDAV calendar' } as const;

function DecidedSeries({ series }: { series: CalendarSeriesReview[] }) {
  const decide = useDecideSeries();
  if (series.length === 0) return null;
  return (
    <>
      <ul className="list">
        {series.map((s) => (
          <li key={s.seriesId} className="list-row">
            <span>
              “{s.summary || 'Untitled'}” <span className="muted">({s.sourceName})</span> —{' '}
              {s.decision === 'accepted' ? `meetings with ${s.mentorName}` : 'not a mentor meeting'}
            </span>
            <button type="button" onClick={() => decide.mutate({ seriesId: s.seriesId, decision: 'pending', mentorId: null })}>
              Ask me again
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage error={decide.error} />
    </>
  );
}

/** Settings → Calendars: import, the calendars the app reads, and the choices made per series. */
export function CalendarSettings() {
  const sources = useCalendarSources();
  const remove = useRemoveCalendarSource();
  const accepted = useCalendarSeries('accepted');
  const rejected = useCalendarSeries('rejected');
  const [removing, setRemoving] = useState<CalendarSource | null>(null);
  const removeButton = useRef<HTMLButtonElement | null>(null);
  const refresh = useRefreshCalendars();
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  return (
    <fieldset aria-label="Calendars">
      <legend>Calendars</legend>
      <p className="muted">Meetings with your mentors come in from your calendar; past ones count as contact.</p>
      <CalendarImport />
      <CalendarSubscribe />
      {settings.data && (
        <label>
          Read subscribed calendars every (minutes)
          <input
            type="number"
            min={5}
            max={1440}
            defaultValue={settings.data.calendarRefreshMinutes}
            onBlur={(e) => updateSettings.mutate({ calendarRefreshMinutes: Number(e.currentTarget.value) })}
          />
        </label>
      )}
      <ErrorMessage error={sources.error ?? remove.error ?? refresh.error ?? updateSettings.error} />
      {sources.data?.length ? (
        <ul className="list" aria-label="Your calendars">
          {sources.data.map((s) => (
            <li key={s.id} className="list-row">
              <span>
                <strong>{s.name}</strong> <span className="muted">{KIND_LABEL[s.kind]}</span>
                {s.lastRefreshedAt && <span className="muted"> · read {formatDateTime(s.lastRefreshedAt)}</span>}
                {s.lastError && <span className="error-message"> {s.lastError}</span>}
                {s.kind === 'caldav' && s.password === 'none' && <CalendarPassword source={s} />}
              </span>
              {s.kind !== 'file' && (
                <button type="button" disabled={refresh.isPending} onClick={() => refresh.mutate({ id: s.id, timeZone: userTimeZone() })}>
                  Read now
                </button>
              )}
              <button type="button" onClick={(e) => ((removeButton.current = e.currentTarget), setRemoving(s))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No calendars yet.</p>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Stop following “${removing?.name ?? ''}”?`}
        confirmLabel="Remove calendar"
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          if (removeButton.current) focusAfterRowLeaves(removeButton.current);
          remove.mutate({ id: removing.id }, { onSettled: () => setRemoving(null) });
        }}
      >
        The meetings it made stay, with everything you wrote in them; they just stop following the calendar.
      </ConfirmDialog>
      <DecidedSeries series={[...(accepted.data ?? []), ...(rejected.data ?? [])]} />
      <CalendarFeed />
    </fieldset>
  );
}
