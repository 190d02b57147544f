import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Mentor } from '../../../../electron/core/mentors/types';
import { useArchiveMentor, useDeleteMentor, useMentorDeletionImpact, useRestoreMentor } from '../../api/mentors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusWhenShown } from '../../components/focus';

// Archive and Restore take each other's place: focus follows to the one now shown.
const toggleButton = () => document.querySelector<HTMLElement>('[data-archive-toggle]');
const onToggled = { onSuccess: () => focusWhenShown(toggleButton) };
import { plural } from '../../../../electron/core/plural';


export function MentorActions({ mentor }: { mentor: Mentor }) {
  const navigate = useNavigate();
  const archive = useArchiveMentor();
  const restore = useRestoreMentor();
  const remove = useDeleteMentor();
  const [confirming, setConfirming] = useState(false);
  const impact = useMentorDeletionImpact(mentor.id, confirming);
  const i = impact.data;
  return (
    <>
      <button type="button" onClick={() => navigate(`/mentors/${mentor.id}/edit`)}>
        Edit
      </button>
      {mentor.archivedAt ? (
        <button type="button" data-archive-toggle onClick={() => restore.mutate({ id: mentor.id }, onToggled)}>
          Restore
        </button>
      ) : (
        <button type="button" data-archive-toggle onClick={() => archive.mutate({ id: mentor.id }, onToggled)}>
          Archive
        </button>
      )}
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        Delete…
      </button>
      <ErrorMessage error={archive.error ?? restore.error} />
      <ConfirmDialog
        open={confirming}
        title={`Delete ${mentor.name}?`}
        confirmLabel="Delete for good"
        danger
        busy={remove.isPending || !i}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          // mutateAsync: this component unmounts when the mentor disappears, so per-call callbacks would not run.
          void remove.mutateAsync({ id: mentor.id }).then(() => navigate('/mentors'), () => undefined)
        }
      >
        {i ? (
          <p>
            This also deletes {plural(i.meetings, 'meeting')}, {plural(i.agendaItems, 'agenda item')}, {plural(i.advice, 'piece')} of advice,{' '}
            {plural(i.commitments, 'commitment')}, {plural(i.interactions, 'logged interaction')}, {plural(i.gives, 'give-back')} and{' '}
            {plural(i.goalLinks, 'goal link')}. It cannot be undone. To keep the history, archive the mentor instead.
          </p>
        ) : (
          <p aria-busy="true">Counting what goes with it…</p>
        )}
        <ErrorMessage error={remove.error ?? impact.error} />
      </ConfirmDialog>
    </>
  );
}
