import { useDeferredValue } from 'react';
import { mentorFormSchema, type MentorForm } from '../../../../electron/core/mentors/contract';
import { MENTOR_TYPES } from '../../../../electron/core/values';
import { useMentorsWithSameName } from '../../api/mentors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formKeys, useSchemaForm } from '../../components/form';
import { MENTOR_TYPE_LABEL } from '../../components/labels';

type Parsed = ReturnType<typeof mentorFormSchema.parse>;

interface Props {
  initial: MentorForm;
  excludeId?: number;
  saving: boolean;
  error: unknown;
  onSave(values: Parsed): Promise<void>;
  onCancel(): void;
}

const TEXT_FIELDS: [keyof MentorForm, string][] = [
  ['role', 'Role'],
  ['organization', 'Organization'],
  ['email', 'Email'],
];
const LONG_FIELDS: [keyof MentorForm, string][] = [
  ['helpsWith', 'What they help with'],
  ['howWeMet', 'How we met'],
  ['notes', 'Notes'],
];
const AGREEMENT_FIELDS: [keyof MentorForm, string][] = [
  ['agreementMeetingFrequency', 'How often we meet'],
  ['agreementSessionLength', 'How long each session is'],
  ['agreementFocus', 'What we focus on'],
  ['agreementConfidentiality', 'What stays confidential'],
];

export function MentorFormFields({ initial, excludeId, saving, error, onSave, onCancel }: Props) {
  const form = useSchemaForm(mentorFormSchema, initial);
  const name = useDeferredValue(String(form.values.name ?? ''));
  const sameName = useMentorsWithSameName(name, excludeId);
  const submit = async () => {
    const values = form.validate();
    if (!values) return;
    try {
      await onSave(values);
    } catch (e) {
      form.showServerError(e);
    }
  };
  const text = (key: keyof MentorForm, label: string, multiline = false) => (
    <Field key={key} label={label} error={form.errors[key]}>
      {(a11y) =>
        multiline ? (
          <textarea {...a11y} value={String(form.values[key] ?? '')} onChange={(e) => form.set(key, e.currentTarget.value as never)} />
        ) : (
          <input {...a11y} value={String(form.values[key] ?? '')} onChange={(e) => form.set(key, e.currentTarget.value as never)} />
        )
      }
    </Field>
  );
  return (
    <form
      noValidate
      onSubmit={(e) => (e.preventDefault(), void submit())}
      onKeyDown={formKeys(() => void submit(), onCancel, form.dirty)}
      aria-label="Mentor"
    >
      <Field
        label="Name"
        error={form.errors.name}
        hint={sameName.data && sameName.data.length > 0 ? `You already have a mentor called “${sameName.data[0].name}”. That’s allowed — just checking it isn’t a duplicate.` : undefined}
      >
        {(a11y) => <input {...a11y} autoFocus value={String(form.values.name ?? '')} onChange={(e) => form.set('name', e.currentTarget.value)} />}
      </Field>
      <div className="grid-2">
        {TEXT_FIELDS.map(([key, label]) => text(key, label))}
        <Field label="Type" error={form.errors.type}>
          {(a11y) => (
            <select {...a11y} value={form.values.type} onChange={(e) => form.set('type', e.currentTarget.value as MentorForm['type'])}>
              {MENTOR_TYPES.map((t) => (
                <option key={t} value={t}>
                  {MENTOR_TYPE_LABEL[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Keep in touch every (days)" error={form.errors.keepInTouchCadenceDays}>
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              min={1}
              max={365}
              value={String(form.values.keepInTouchCadenceDays ?? '')}
              onChange={(e) => form.set('keepInTouchCadenceDays', Number(e.currentTarget.value))}
            />
          )}
        </Field>
      </div>
      {LONG_FIELDS.map(([key, label]) => text(key, label, true))}
      <fieldset>
        <legend>Mentorship agreement (optional)</legend>
        {/* Short answers ("every two weeks", "45 minutes"): one line each, side by side. */}
        <div className="grid-2">{AGREEMENT_FIELDS.map(([key, label]) => text(key, label))}</div>
      </fieldset>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
