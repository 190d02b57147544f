import { useState } from 'react';
import type { CalendarSeriesReview } from '../../../../electron/core/calendars/types';
import { useCalendarSeries, useDecideSeries } from '../../api/calendars';
import { plural } from '../../../../electron/core/plural';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/dates';
import { MentorSelect } from '../../components/Pickers';


function SeriesCard({ series }: { series: CalendarSeriesReview }) {
  const decide = useDecideSeries();
  const [mentorId, setMentorId] = useState<number | undefined>(series.mentorId ?? undefined);
  const changed = mentorId !== undefined && mentorId !== series.mentorId;
  return (
    <li className="card" data-testid="calendar-series">
      <p>
        <strong>
          {plural(series.events, 'event')} “{series.summary || 'Untitled'}” look like meetings with {series.mentorName}
        </strong>{' '}
        <span className="muted">
          ({series.matchedBy === 'email' ? 'their email is on the invitation' : 'their name is in the title'}; {series.sourceName})
        </span>
      </p>
      <p className="muted">
        {series.upcoming > 0 && `${plural(series.upcoming, 'upcoming meeting')}${series.nextAt ? `, next ${formatDateTime(series.nextAt)}` : ''}. `}
        {series.past > 0 && `${plural(series.past, 'past event')} will count as contact.`}
      </p>
      <div className="row">
        <MentorSelect aria-label={`Mentor for “${series.summary}”`} value={mentorId} onChange={(id) => setMentorId(id ?? undefined)} emptyLabel="Choose a mentor…" />
        <button
          type="button"
          className="primary"
          disabled={decide.isPending || !mentorId}
          onClick={() => decide.mutate({ seriesId: series.seriesId, decision: 'accepted', mentorId: mentorId ?? null })}
        >
          {changed ? 'Yes, with this mentor' : `Yes, meetings with ${series.mentorName}`}
        </button>
        <button type="button" disabled={decide.isPending} onClick={() => decide.mutate({ seriesId: series.seriesId, decision: 'rejected', mentorId: null })}>
          Not a mentor meeting
        </button>
      </div>
      <ErrorMessage error={decide.error} />
    </li>
  );
}

/** Calendar series matched to mentors, waiting for a yes or no (asked once per series). */
export function CalendarReview() {
  const pending = useCalendarSeries('pending');
  if (!pending.data?.length) return <ErrorMessage error={pending.error} />;
  return (
    <section aria-label="Calendar matches to review" className="section">
      <h2>From your calendar: are these mentor meetings?</h2>
      <p className="muted">Your answer is remembered for each series; later imports follow it.</p>
      <ul className="list">
        {pending.data.map((s) => (
          <SeriesCard key={s.seriesId} series={s} />
        ))}
      </ul>
    </section>
  );
}
