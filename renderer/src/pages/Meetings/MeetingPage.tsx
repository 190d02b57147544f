import { useParams } from 'react-router-dom';
import { useMeeting } from '../../api/meetings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AdvicePanel } from './AdvicePanel';
import { AgendaBuilder } from './AgendaBuilder';
import { AgendaTemplates } from './AgendaTemplates';
import { BacklogPanel } from './BacklogPanel';
import { MeetingHeader } from './MeetingHeader';
import { NoteConflicts } from './NoteConflicts';
import { NotesEditor } from './NotesEditor';

export function MeetingPage() {
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  if (meeting.isPending) return <p aria-busy="true">Loading…</p>;
  if (meeting.error) return <ErrorMessage error={meeting.error} />;
  const detail = meeting.data;
  return (
    <section className="page">
      <MeetingHeader detail={detail} />
      <div className="meeting-layout">
        <div>
          <AgendaBuilder detail={detail} />
          <AgendaTemplates detail={detail} />
          {detail.meeting.status === 'planned' && <BacklogPanel meetingId={detail.meeting.id} mentorId={detail.mentor.id} />}
        </div>
        <AdvicePanel detail={detail} />
      </div>
      <NoteConflicts meetingId={detail.meeting.id} />
      <NotesEditor key={detail.meeting.id} meetingId={detail.meeting.id} savedNotes={detail.meeting.notes} />
    </section>
  );
}
