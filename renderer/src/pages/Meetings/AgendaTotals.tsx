import type { AgendaSummary } from '../../../../electron/core/meetings/types';

/** Total minutes against the meeting's length; over time, which low-priority items to leave for next time. */
export function AgendaTotals({ summary }: { summary: AgendaSummary }) {
  return (
    <>
      <p className="agenda-total" data-testid="agenda-total">
        {summary.totalMinutes} of {summary.durationMinutes} minutes planned
      </p>
      {summary.overrunMinutes > 0 && (
        <div role="alert" className="warning">
          <strong>This agenda runs {summary.overrunMinutes} minutes over.</strong> Respect their time:
          {summary.suggestedToLeave.length > 0 ? (
            <>
              {' '}consider leaving {summary.suggestedToLeave.slice(0, 5).map((s) => `“${s.text}” (${s.minutes} min)`).join(', ')}
              {summary.suggestedToLeave.length > 5 && ` and ${summary.suggestedToLeave.length - 5} more low-priority items`} for next time.
            </>
          ) : (
            <> shorten some items or ask for a longer meeting.</>
          )}
        </div>
      )}
    </>
  );
}
