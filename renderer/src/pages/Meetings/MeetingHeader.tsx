import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { MeetingDetail } from '../../../../electron/core/meetings/types';
import { useFollowUpEmail } from '../../api/export';
import { useCancelMeeting, useDeleteMeeting, useMarkHeld, useUpdateMeeting } from '../../api/meetings';
import { EmailDraftDialog } from '../../components/EmailDraftDialog';
import { focusWhenShown, pageHeading } from '../../components/focus';
import { ExportMenu } from '../../components/ExportMenu';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../components/dates';
import { MEETING_STATUS_LABEL } from '../../components/labels';
import { plural } from '../../../../electron/core/plural';

export function MeetingHeader({ detail }: { detail: MeetingDetail }) {
  const { meeting, mentor } = detail;
  const navigate = useNavigate();
  const markHeld = useMarkHeld();
  const cancel = useCancelMeeting();
  const update = useUpdateMeeting();
  const remove = useDeleteMeeting();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);
  const [when, setWhen] = useState(toLocalInput(meeting.scheduledAt));
  const [emailOpen, setEmailOpen] = useState(false);
  const email = useFollowUpEmail(meeting.id, emailOpen);
  return (
    <>
      <PageHeader
        title={`Meeting with ${mentor.name}`}
        subtitle={
          <>
            {formatDateTime(meeting.scheduledAt)} · {meeting.durationMinutes} min {meeting.location && `· ${meeting.location}`}{' '}
            <span className="badge">{MEETING_STATUS_LABEL[meeting.status]}</span> · <Link to={`/mentors/${mentor.id}`}>About {mentor.name}</Link>
          </>
        }
        actions={
          <>
            <Link className="button-link" to={`/meetings/${meeting.id}/prep`}>
              Prep brief
            </Link>
            {meeting.status === 'planned' && (
              <>
                <button type="button" className="primary" onClick={() => markHeld.mutate({ id: meeting.id }, { onSuccess: () => focusWhenShown(() => document.querySelector<HTMLElement>('[data-follow-up-email]')) })}>
                  Mark held
                </button>
                <button type="button" data-reschedule onClick={() => setRescheduling((r) => !r)}>
                  Reschedule
                </button>
                <button type="button" onClick={() => cancel.mutate({ id: meeting.id }, { onSuccess: () => focusWhenShown(pageHeading) })}>
                  Cancel meeting
                </button>
              </>
            )}
            {meeting.status === 'held' && (
              <button type="button" data-follow-up-email onClick={() => setEmailOpen(true)}>
                Follow-up email…
              </button>
            )}
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          </>
        }
      />
      {/* Always mounted, so a screen reader hears the sentence when it appears. */}
      <p role="status" className={markHeld.data?.carriedOver ? 'warning' : undefined}>
        {markHeld.data && markHeld.data.carriedOver > 0 && <>{plural(markHeld.data.carriedOver, 'item')} not reached went back to {mentor.name}’s backlog for next time.</>}
      </p>
      {rescheduling && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ id: meeting.id, changes: { scheduledAt: fromLocalInput(when) } }, { onSuccess: () => (setRescheduling(false), focusWhenShown(() => document.querySelector<HTMLElement>('[data-reschedule]'))) });
          }}
        >
          <input aria-label="New date and time" type="datetime-local" value={when} onChange={(e) => setWhen(e.currentTarget.value)} style={{ width: 'auto' }} />
          <button type="submit">Move meeting</button>
        </form>
      )}
      <ExportMenu selection={{ kind: 'meeting', meetingId: meeting.id }} label="Export notes" />
      {emailOpen && <EmailDraftDialog title="Follow-up email" draft={email.data} error={email.error} onClose={() => setEmailOpen(false)} />}
      <ErrorMessage error={markHeld.error ?? cancel.error ?? update.error} />
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this meeting?"
        confirmLabel="Delete meeting"
        danger
        busy={remove.isPending}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void remove.mutateAsync({ id: meeting.id }).then(() => navigate('/meetings'), () => undefined)}
      >
        <p>
          Its notes and the {plural(detail.advice.length, 'piece')} of advice recorded in it are deleted. Agenda items go back to{' '}
          {mentor.name}’s backlog; commitments stay. To keep the record, cancel the meeting instead.
        </p>
        <ErrorMessage error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
