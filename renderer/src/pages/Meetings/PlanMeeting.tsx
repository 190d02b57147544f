import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { meetingFormSchema } from '../../../../electron/core/meetings/contract';
import { useMeetingSuggestion, useScheduleMeeting, useTemplates } from '../../api/meetings';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { formKeys, useSchemaForm } from '../../components/form';
import { PageHeader } from '../../components/PageHeader';
import { fromLocalInput, toLocalInput } from '../../components/dates';
import { MentorSelect } from '../../components/Pickers';

export function PlanMeeting() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const templates = useTemplates();
  const schedule = useScheduleMeeting();
  const form = useSchemaForm(meetingFormSchema, {
    mentorId: Number(params.get('mentorId')) || 0,
    scheduledAt: '',
    durationMinutes: undefined,
    location: '',
    repeatEveryDays: null,
    templateKey: null,
  });
  const suggestion = useMeetingSuggestion(form.values.mentorId || null);
  const [touchedDate, setTouchedDate] = useState(false);
  const [touchedLength, setTouchedLength] = useState(false);
  useEffect(() => {
    if (suggestion.data && !touchedDate) form.set('scheduledAt', suggestion.data.scheduledAt);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suggestion.data, touchedDate]);
  // The length the core would choose (the agreement's, else the Settings default) until the user types one.
  useEffect(() => {
    if (suggestion.data && !touchedLength) form.set('durationMinutes', suggestion.data.durationMinutes);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suggestion.data, touchedLength]);
  const cancel = () => navigate(-1);
  const submit = async () => {
    const values = form.validate();
    if (!values) return;
    try {
      const meeting = await schedule.mutateAsync(values);
      navigate(`/meetings/${meeting.id}`);
    } catch (e) {
      form.showServerError(e);
    }
  };
  return (
    <section className="page">
      <PageHeader title="Plan a meeting" subtitle="Respect their time: a date, a length, and an agenda you prepare beforehand." />
      <form noValidate aria-label="Plan a meeting" onSubmit={(e) => (e.preventDefault(), void submit())} onKeyDown={formKeys(() => void submit(), cancel, touchedDate || touchedLength || !!form.values.location)}>
        <Field label="Mentor" error={form.errors.mentorId}>
          {(a11y) => (
            <MentorSelect
              {...a11y}
              value={form.values.mentorId || null}
              onChange={(id) => (setTouchedDate(false), form.set('mentorId', id ?? 0))}
              emptyLabel="Choose a mentor…"
              style={{ width: '100%' }}
            />
          )}
        </Field>
        <div className="grid-2">
          <Field label="Date and time" error={form.errors.scheduledAt} hint={!touchedDate ? suggestion.data?.reason : undefined}>
            {(a11y) => (
              <input
                {...a11y}
                type="datetime-local"
                value={form.values.scheduledAt ? toLocalInput(form.values.scheduledAt) : ''}
                onChange={(e) => (setTouchedDate(true), form.set('scheduledAt', e.currentTarget.value ? fromLocalInput(e.currentTarget.value) : ''))}
              />
            )}
          </Field>
          <Field label="Length (minutes)" error={form.errors.durationMinutes} hint={!touchedLength ? suggestion.data?.durationReason : undefined}>
            {(a11y) => (
              <input
                {...a11y}
                type="number"
                min={5}
                max={720}
                value={String(form.values.durationMinutes ?? '')}
                onChange={(e) => (setTouchedLength(true), form.set('durationMinutes', e.currentTarget.value ? Number(e.currentTarget.value) : undefined))}
              />
            )}
          </Field>
          <Field label="Place or link" error={form.errors.location}>
            {(a11y) => <input {...a11y} value={form.values.location ?? ''} onChange={(e) => form.set('location', e.currentTarget.value)} />}
          </Field>
          <Field label="Repeat every (days, optional)" error={form.errors.repeatEveryDays} hint="Only the next meeting is created, when this one is held.">
            {(a11y) => (
              <input {...a11y} type="number" min={1} max={365} value={form.values.repeatEveryDays ?? ''} onChange={(e) => form.set('repeatEveryDays', e.currentTarget.value ? Number(e.currentTarget.value) : null)} />
            )}
          </Field>
        </div>
        <Field label="Start from a template" error={form.errors.templateKey}>
          {(a11y) => (
            <select {...a11y} value={form.values.templateKey ?? ''} onChange={(e) => form.set('templateKey', e.currentTarget.value || null)}>
              <option value="">Empty agenda</option>
              {templates.data?.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorMessage error={schedule.error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={schedule.isPending}>
            Plan meeting
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
