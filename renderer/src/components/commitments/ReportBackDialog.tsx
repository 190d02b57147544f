import { useEffect, useRef, useState } from 'react';
import { useMarkReported, useReportBackDraft } from '../../api/followups';
import { ErrorMessage } from '../ErrorMessage';

/** Close the loop: a drafted thank-you citing the advice and the outcome; copy it or open it in mail, then mark reported. */
export function ReportBackDialog({ commitmentId, onClose }: { commitmentId: number; onClose(): void }) {
  const draft = useReportBackDraft(commitmentId);
  const mark = useMarkReported();
  const dialog = useRef<HTMLDialogElement>(null);
  const [body, setBody] = useState('');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  useEffect(() => {
    if (draft.data) setBody(draft.data.body);
  }, [draft.data]);
  const mailto = draft.data?.to
    ? `mailto:${encodeURIComponent(draft.data.to)}?subject=${encodeURIComponent(draft.data.subject)}&body=${encodeURIComponent(body)}`
    : null;
  return (
    <dialog ref={dialog} aria-label="Report back" onCancel={(e) => (e.preventDefault(), onClose())} onClose={onClose}>
      <h2>Report back</h2>
      <ErrorMessage error={draft.error ?? mark.error} />
      {draft.data && (
        <>
          <p className="muted">
            To: {draft.data.to || 'no email on file'} · Subject: {draft.data.subject}
          </p>
          <textarea aria-label="Message" value={body} onChange={(e) => setBody(e.currentTarget.value)} style={{ minHeight: '12em' }} />
          <div className="row dialog-actions">
            <button type="button" onClick={() => void navigator.clipboard?.writeText(body).then(() => setCopied(true), () => setCopied(false))}>
              {copied ? 'Copied' : 'Copy'}
            </button>
            {mailto && (
              <a className="button-link" href={mailto} target="_blank" rel="noreferrer">
                Open in mail
              </a>
            )}
            <button type="button" className="primary" onClick={() => mark.mutate({ id: commitmentId }, { onSuccess: onClose })}>
              Mark reported
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
