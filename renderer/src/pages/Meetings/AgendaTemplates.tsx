import { useRef, useState } from 'react';
import type { MeetingDetail } from '../../../../electron/core/meetings/types';
import { useApplyTemplate, useDeleteTemplate, useSaveTemplate, useTemplates } from '../../api/meetings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusWhenShown } from '../../components/focus';

/** Agenda templates from a meeting: start this agenda from one, keep this agenda as one, remove your own. */
export function AgendaTemplates({ detail }: { detail: MeetingDetail }) {
  const templates = useTemplates();
  const apply = useApplyTemplate();
  const save = useSaveTemplate();
  const remove = useDeleteTemplate();
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [toDelete, setToDelete] = useState<{ key: string; name: string } | null>(null);
  const [said, setSaid] = useState('');
  const summary = useRef<HTMLElement>(null);
  const meetingId = detail.meeting.id;
  const own = (templates.data ?? []).filter((t) => !t.builtIn);
  const planned = detail.meeting.status === 'planned';
  return (
    <details className="section agenda-templates">
      <summary ref={summary}>Agenda templates</summary>
      {planned && (
        <form
          className="row"
          aria-label="Add a template's items to this agenda"
          onSubmit={(e) => {
            e.preventDefault();
            const template = templates.data?.find((t) => t.key === chosen);
            if (template) apply.mutate({ meetingId, key: chosen }, { onSuccess: () => (setSaid(`Added the ${template.items.length} items of “${template.name}” to the agenda.`), setChosen('')) });
          }}
        >
          <label htmlFor="apply-template">Add the items of</label>
          <select id="apply-template" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)} style={{ width: 'auto' }}>
            <option value="">Choose a template…</option>
            {templates.data?.map((t) => (
              <option key={t.key} value={t.key}>
                {t.name} ({t.items.length} items)
              </option>
            ))}
          </select>
          <button type="submit" disabled={!chosen || apply.isPending}>
            Add to agenda
          </button>
        </form>
      )}
      {detail.agenda.length > 0 && (
        <form
          className="row"
          aria-label="Save this agenda as a template"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ meetingId, name }, { onSuccess: (t) => (setSaid(`Saved “${t.name}” with ${t.items.length} items.`), setName('')) });
          }}
        >
          <label htmlFor="template-name">Save this agenda as a template named</label>
          <input id="template-name" value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1, width: 'auto', minWidth: '10em' }} />
          <button type="submit" disabled={!name.trim() || save.isPending}>
            Save template
          </button>
        </form>
      )}
      {own.length > 0 && (
        <ul className="list" aria-label="Your templates">
          {own.map((t) => (
            <li key={t.key} className="list-row">
              <span>
                {t.name} <span className="muted">· {t.items.length} items</span>
              </span>
              <button type="button" data-template={t.key} onClick={() => setToDelete(t)}>
                Delete “{t.name}”…
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{said}</p>
      <ErrorMessage error={apply.error ?? save.error ?? remove.error} />
      {toDelete && (
        <ConfirmDialog
          open
          title={`Delete the template “${toDelete.name}”?`}
          confirmLabel="Delete template"
          danger
          busy={remove.isPending}
          onCancel={() => setToDelete(null)}
          onConfirm={() => remove.mutate({ key: toDelete.key }, { onSuccess: () => (setSaid(`Deleted the template “${toDelete.name}”.`), setToDelete(null), focusWhenShown(() => summary.current)) })}
        >
          <p>Agendas already made from it stay as they are.</p>
        </ConfirmDialog>
      )}
    </details>
  );
}
