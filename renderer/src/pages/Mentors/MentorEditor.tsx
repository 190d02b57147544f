import { useNavigate, useParams } from 'react-router-dom';
import { mentorFormSchema, type MentorForm } from '../../../../electron/core/mentors/contract';
import type { Mentor } from '../../../../electron/core/mentors/types';
import { useCreateMentor, useMentor, useUpdateMentor } from '../../api/mentors';
import { useSettings } from '../../api/system';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { MentorFormFields } from './MentorFormFields';

const EMPTY: MentorForm = {
  name: '',
  role: '',
  organization: '',
  email: '',
  type: 'career',
  helpsWith: '',
  howWeMet: '',
  keepInTouchCadenceDays: 30,
  notes: '',
  agreementMeetingFrequency: '',
  agreementSessionLength: '',
  agreementFocus: '',
  agreementConfidentiality: '',
};

function formFrom(mentor: Mentor): MentorForm {
  const form = { ...EMPTY };
  for (const key of Object.keys(EMPTY) as (keyof MentorForm)[]) (form as Record<string, unknown>)[key] = mentor[key];
  return form;
}

/** New mentor (/mentors/new) or edit (/mentors/:id/edit). */
export function MentorEditor() {
  const params = useParams();
  const id = params.id ? Number(params.id) : null;
  const existing = useMentor(id ?? 0);
  const settings = useSettings();
  if (id !== null && existing.isPending) return <p aria-busy="true">Loading…</p>;
  if (id !== null && existing.error) return <ErrorMessage error={existing.error} />;
  // A new mentor starts with the default cadence from Settings.
  if (id === null && settings.isPending) return <p aria-busy="true">Loading…</p>;
  const blank = { ...EMPTY, keepInTouchCadenceDays: settings.data?.defaultCadenceDays ?? EMPTY.keepInTouchCadenceDays };
  return <MentorEditorForm id={id} initial={id !== null && existing.data ? formFrom(existing.data.mentor) : blank} />;
}

function MentorEditorForm({ id, initial }: { id: number | null; initial: MentorForm }) {
  const navigate = useNavigate();
  const create = useCreateMentor();
  const update = useUpdateMentor();
  const saving = create.isPending || update.isPending;
  const onSave = async (values: ReturnType<typeof mentorFormSchema.parse>) => {
    const saved = id === null ? await create.mutateAsync(values) : await update.mutateAsync({ id, changes: values });
    navigate(`/mentors/${saved.id}`);
  };
  return (
    <section className="page">
      <PageHeader title={id === null ? 'New mentor' : `Edit ${initial.name}`} />
      <MentorFormFields
        initial={initial}
        excludeId={id ?? undefined}
        saving={saving}
        error={create.error ?? update.error}
        onSave={onSave}
        onCancel={() => navigate(id === null ? '/mentors' : `/mentors/${id}`)}
      />
    </section>
  );
}
