import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Goal } from '../../../../electron/core/goals/types';
import type { GoalStatus } from '../../../../electron/core/values';
import { useDeleteGoal, useGoalDeletionImpact, useSetGoalStatus } from '../../api/goals';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusWhenShown } from '../../components/focus';
import { plural } from '../../../../electron/core/plural';

const TRANSITIONS: Record<GoalStatus, { to: GoalStatus; label: string }[]> = {
  active: [
    { to: 'achieved', label: 'Mark achieved' },
    { to: 'paused', label: 'Pause' },
    { to: 'dropped', label: 'Drop' },
  ],
  paused: [
    { to: 'active', label: 'Resume' },
    { to: 'dropped', label: 'Drop' },
  ],
  achieved: [{ to: 'active', label: 'Reopen' }],
  dropped: [{ to: 'active', label: 'Reactivate' }],
};


const firstTransitionFrom = (status: GoalStatus) => document.querySelector<HTMLElement>(`[data-goal-transition="${TRANSITIONS[status][0].to}"]`);

export function GoalActions({ goal }: { goal: Goal }) {
  const navigate = useNavigate();
  const setStatus = useSetGoalStatus();
  const remove = useDeleteGoal();
  const [confirming, setConfirming] = useState(false);
  const impact = useGoalDeletionImpact(goal.id, confirming);
  const i = impact.data;
  return (
    <>
      <button type="button" onClick={() => navigate(`/goals/${goal.id}/edit`)}>
        Edit
      </button>
      {TRANSITIONS[goal.status].map((t) => (
        <button
          key={t.to}
          type="button"
          data-goal-transition={t.to}
          // The buttons change with the status: focus goes to the first one for the new status (Reopen, Resume…).
          onClick={() => setStatus.mutate({ id: goal.id, status: t.to }, { onSuccess: () => focusWhenShown(() => firstTransitionFrom(t.to)) })}
        >
          {t.label}
        </button>
      ))}
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        Delete…
      </button>
      <ErrorMessage error={setStatus.error} />
      <ConfirmDialog
        open={confirming}
        title={`Delete “${goal.title}”?`}
        confirmLabel="Delete goal"
        danger
        busy={remove.isPending || !i}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove.mutateAsync({ id: goal.id }).then(() => navigate('/goals'), () => undefined)}
      >
        {i ? (
          <p>
            This deletes the goal and {plural(i.mentorLinks, 'mentor link')}. {plural(i.commitments, 'commitment')}, {plural(i.advice, 'piece')} of
            advice and {plural(i.agendaItems, 'agenda item')} stay, without a goal. If you just stopped pursuing it, <strong>Drop</strong> keeps
            the history instead.
          </p>
        ) : (
          <p aria-busy="true">Counting what it touches…</p>
        )}
        <ErrorMessage error={remove.error ?? impact.error} />
      </ConfirmDialog>
    </>
  );
}
