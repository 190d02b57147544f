import { useState } from 'react';
import { commitmentFormSchema } from '../../../../electron/core/followups/contract';
import { useCreateCommitment } from '../../api/followups';
import { useGoalOptions, useMentorOptions } from '../../api/lookups';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formKeys, useSchemaForm } from '../../components/form';

const EMPTY = { title: '', dueDate: null, mentorId: null, goalId: null, owner: 'me' as const };

/** A commitment on its own; mentor and goal optional but encouraged. */
export function NewCommitmentForm({ startOpen }: { startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const form = useSchemaForm(commitmentFormSchema, EMPTY);
  const create = useCreateCommitment();
  const mentors = useMentorOptions();
  const goals = useGoalOptions();
  const close = () => (setOpen(false), form.setValues(EMPTY));
  const submit = async () => {
    const values = form.validate();
    if (!values) return;
    try {
      await create.mutateAsync(values);
      close();
    } catch (e) {
      form.showServerError(e);
    }
  };
  if (!open)
    return (
      <button type="button" className="primary no-print" onClick={() => setOpen(true)}>
        New commitment
      </button>
    );
  return (
    <form className="card" aria-label="New commitment" noValidate onSubmit={(e) => (e.preventDefault(), void submit())} onKeyDown={formKeys(() => void submit(), close)}>
      <Field label="I will…" error={form.errors.title}>
        {(a11y) => <input {...a11y} autoFocus value={form.values.title} onChange={(e) => form.set('title', e.currentTarget.value)} />}
      </Field>
      <div className="row">
        <select aria-label="Mentor" value={form.values.mentorId ?? ''} onChange={(e) => form.set('mentorId', e.currentTarget.value ? Number(e.currentTarget.value) : null)} style={{ width: 'auto' }}>
          <option value="">No mentor</option>
          {mentors.data?.filter((m) => !m.archived).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <select aria-label="Goal" value={form.values.goalId ?? ''} onChange={(e) => form.set('goalId', e.currentTarget.value ? Number(e.currentTarget.value) : null)} style={{ width: 'auto' }}>
          <option value="">No goal</option>
          {goals.data?.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </select>
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
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
