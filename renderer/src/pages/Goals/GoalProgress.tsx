import type { GoalProgress as Progress } from '../../../../electron/core/followups/progress';

/** Share of the goal's commitments done; "no commitments yet" rather than a fake 0%. */
export function GoalProgress({ progress }: { progress: Progress }) {
  if (progress.ratio === null) return <span className="muted">No commitments yet</span>;
  const percent = Math.round(progress.ratio * 100);
  return (
    <span className="progress">
      <meter min={0} max={1} value={progress.ratio} aria-label="Progress" />
      {percent}% · {progress.done} of {progress.total} done
    </span>
  );
}
