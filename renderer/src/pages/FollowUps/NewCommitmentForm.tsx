import { useState } from 'react';
import { commitmentFormSchema } from '../../../../electron/core/followups/contract';
import { useCreateCommitment } from '../../api/followups';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { commitmentRow, focusWhenShown } from '../../components/focus';
import { formKeys, useSchemaForm } from '../../components/form';
import { GoalSelect, MentorSelect } from '../../components/Pickers';

const EMPTY = { title: '', dueDate: null, mentorId: null, goalId: null, owner: 'me' as const };

/** A commitment on its own; mentor and goal optional but encouraged. */
export function NewCommitmentForm({ startOpen }: { startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const form = useSchemaForm(commitmentFormSchema, EMPTY);
  const create = useCreateCommitment();
  // Focus then lands on the commitment just made, or back on the button that opened the form.
  const close = (createdId?: number) => {
    setOpen(false);
    form.setValues(EMPTY);
    focusWhenShown(() => (createdId ? commitmentRow(createdId) : document.querySelector<HTMLElement>('[data-new-commitment]')));
  };
  const submit = async () => {
    const values = form.validate();
    if (!values) return;
    try {
      const created = await create.mutateAsync(values);
      close(created.id);
    } catch (e) {
      form.showServerError(e);
    }
  };
  if (!open)
    return (
      <button type="button" className="primary no-print" data-new-commitment onClick={() => setOpen(true)}>
        New commitment
      </button>
    );
  return (
    <form className="card" aria-label="New commitment" noValidate onSubmit={(e) => (e.preventDefault(), void submit())} onKeyDown={formKeys(() => void submit(), close, form.dirty)}>
      <Field label="I will…" error={form.errors.title}>
        {(a11y) => <input {...a11y} autoFocus value={form.values.title} onChange={(e) => form.set('title', e.currentTarget.value)} />}
      </Field>
      <div className="row">
        <MentorSelect aria-label="Mentor" value={form.values.mentorId} onChange={(id) => form.set('mentorId', id)} emptyLabel="No mentor" />
        <GoalSelect aria-label="Goal" value={form.values.goalId} onChange={(id) => form.set('goalId', id)} emptyLabel="No goal" />
        <input aria-label="Due date" type="date" value={form.values.dueDate ?? ''} onChange={(e) => form.set('dueDate', e.currentTarget.value || null)} style={{ width: 'auto' }} />
        <select aria-label="Who owns it" value={form.values.owner} onChange={(e) => form.set('owner', e.currentTarget.value as 'me' | 'mentor')} style={{ width: 'auto' }}>
          <option value="me">I do it</option>
          <option value="mentor">The mentor does it (waiting on them)</option>
        </select>
      </div>
      <ErrorMessage error={create.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          Add commitment
        </button>
        <button type="button" onClick={() => close()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
