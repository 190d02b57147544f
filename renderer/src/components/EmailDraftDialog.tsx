import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EmailDraft } from '../../../electron/core/export/types';
import { mailtoUrl } from '../../../electron/core/mail';
import { copyText } from '../api/system';
import { ErrorMessage } from './ErrorMessage';

/** A drafted email to review, copy, or open in the mail client. */
export function EmailDraftDialog({ title, draft, error, onClose, actions }: { title: string; draft: EmailDraft | undefined; error: unknown; onClose(): void; actions?: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [body, setBody] = useState('');
  const [copied, setCopied] = useState(false);
  const [copyError, setCopyError] = useState<unknown>(null);
  const copy = () => {
    setCopyError(null);
    copyText(body).then(() => setCopied(true), setCopyError);
  };
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    // Closing unmounts the dialog, and the browser puts focus back only on close(): back to the opener,
    // unless an action (Mark reported) already moved focus on.
    return () =>
      void requestAnimationFrame(() => {
        if ((document.activeElement === null || document.activeElement === document.body) && opener?.isConnected) opener.focus();
      });
  }, []);
  useEffect(() => {
    if (draft) setBody(draft.body);
  }, [draft]);
  // Rebuilt from the edited text, so the mail client opens what the user sees.
  const mailto = draft ? mailtoUrl(draft.to, draft.subject, body) : null;
  return (
    <dialog ref={dialog} aria-label={title} onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2>{title}</h2>
      <ErrorMessage error={error} />
      <ErrorMessage error={copyError} />
      {draft && (
        <>
          <p className="muted">
            To: {draft.to || 'no email on file'} · Subject: {draft.subject}
          </p>
          <textarea aria-label="Message" value={body} onChange={(e) => setBody(e.currentTarget.value)} style={{ minHeight: '14em' }} />
        </>
      )}
      <div className="row dialog-actions">
        {draft && (
          <button type="button" onClick={copy}>
            {copied ? 'Copied' : 'Copy'}
          </button>
        )}
        {mailto && (
          <a className="button-link" href={mailto} target="_blank" rel="noreferrer">
            Open in mail
          </a>
        )}
        {actions}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
