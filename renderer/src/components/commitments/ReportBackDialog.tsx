import { useMarkReported, useReportBackDraft } from '../../api/followups';
import { EmailDraftDialog } from '../EmailDraftDialog';

/** Close the loop: a drafted thank-you citing the advice and the outcome; copy it or open it in mail, then mark reported. */
export function ReportBackDialog({ commitmentId, onClose }: { commitmentId: number; onClose(reported: boolean): void }) {
  const draft = useReportBackDraft(commitmentId);
  const mark = useMarkReported();
  return (
    <EmailDraftDialog
      title="Report back"
      draft={draft.data}
      error={draft.error ?? mark.error}
      onClose={() => onClose(false)}
      actions={
        draft.data && (
          <button type="button" className="primary" onClick={() => void mark.mutateAsync({ id: commitmentId }).then(() => onClose(true), () => undefined)}>
            Mark reported
          </button>
        )
      }
    />
  );
}
