import { useState } from 'react';
import { useProgressUpdate } from '../../api/export';
import { EmailDraftDialog } from '../../components/EmailDraftDialog';
import { ExportMenu } from '../../components/ExportMenu';

/** Close the loop with this mentor: a one-page progress update, and all meeting notes with them. */
export function MentorSharing({ mentorId }: { mentorId: number }) {
  const [open, setOpen] = useState(false);
  const update = useProgressUpdate(mentorId, open);
  return (
    <div className="section no-print">
      <h2>Share and export</h2>
      <div className="row">
        <button type="button" onClick={() => setOpen(true)}>
          Progress update…
        </button>
        <ExportMenu selection={{ kind: 'mentor', mentorId }} label="Export meetings" />
      </div>
      {open && <EmailDraftDialog title="Progress update" draft={update.data} error={update.error} onClose={() => setOpen(false)} />}
    </div>
  );
}
