import { useNavigate, useParams } from 'react-router-dom';
import { goalFormSchema, type GoalForm } from '../../../../electron/core/goals/contract';
import { useCreateGoal, useGoal, useUpdateGoal } from '../../api/goals';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formKeys, useSchemaForm } from '../../components/form';
import { PageHeader } from '../../components/PageHeader';

const EMPTY: GoalForm = { title: '', why: '', successCriteria: '', targetDate: null };

export function GoalEditor() {
  const params = useParams();
  const id = params.id ? Number(params.id) : null;
  const existing = useGoal(id ?? 0);
  if (id !== null && existing.isPending) return <p aria-busy="true">Loading…</p>;
  if (id !== null && existing.error) return <ErrorMessage error={existing.error} />;
  const g = existing.data?.goal;
  const initial = id !== null && g ? { title: g.title, why: g.why, successCriteria: g.successCriteria, targetDate: g.targetDate } : EMPTY;
  return <GoalForm id={id} initial={initial} />;
}

function GoalForm({ id, initial }: { id: number | null; initial: GoalForm }) {
  const navigate = useNavigate();
  const form = useSchemaForm(goalFormSchema, initial);
  const create = useCreateGoal();
  const update = useUpdateGoal();
  const cancel = () => navigate(id === null ? '/goals' : `/goals/${id}`);
  const submit = async () => {
    const values = form.validate();
    if (!values) return;
    try {
      const saved = id === null ? await create.mutateAsync(values) : await update.mutateAsync({ id, changes: values });
      navigate(`/goals/${saved.id}`);
    } catch (e) {
      form.showServerError(e);
    }
  };
  const long = (key: 'why' | 'successCriteria', label: string) => (
    <Field label={label} error={form.errors[key]}>
      {(a11y) => <textarea {...a11y} value={form.values[key] ?? ''} onChange={(e) => form.set(key, e.currentTarget.value)} />}
    </Field>
  );
  return (
    <section className="page">
      <PageHeader title={id === null ? 'New goal' : `Edit goal`} />
      <form noValidate aria-label="Goal" onSubmit={(e) => (e.preventDefault(), void submit())} onKeyDown={formKeys(() => void submit(), cancel, form.dirty)}>
        <Field label="Title" error={form.errors.title}>
          {(a11y) => <input {...a11y} autoFocus value={form.values.title} onChange={(e) => form.set('title', e.currentTarget.value)} />}
        </Field>
        {long('why', 'Why it matters')}
        {long('successCriteria', 'What success looks like')}
        <Field label="Target date" error={form.errors.targetDate}>
          {(a11y) => (
            <input {...a11y} type="date" value={form.values.targetDate ?? ''} onChange={(e) => form.set('targetDate', e.currentTarget.value || null)} style={{ width: 'auto' }} />
          )}
        </Field>
        <ErrorMessage error={create.error ?? update.error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={create.isPending || update.isPending}>
            Save
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          <span className="muted">Ctrl+Enter saves · Esc cancels</span>
        </div>
      </form>
    </section>
  );
}
