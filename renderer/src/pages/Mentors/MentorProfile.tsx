import type { Mentor } from '../../../../electron/core/mentors/types';
import { MENTOR_TYPE_LABEL } from '../../components/labels';

const AGREEMENT: [keyof Mentor, string][] = [
  ['agreementMeetingFrequency', 'How often we meet'],
  ['agreementSessionLength', 'How long'],
  ['agreementFocus', 'Focus'],
  ['agreementConfidentiality', 'Confidential'],
];

export function MentorProfile({ mentor }: { mentor: Mentor }) {
  const agreement = AGREEMENT.filter(([key]) => String(mentor[key] ?? '').trim() !== '');
  return (
    <div className="grid-2 section">
      <div className="card">
        <h2>Profile</h2>
        <dl className="agreement">
          <dt>Type</dt>
          <dd>{MENTOR_TYPE_LABEL[mentor.type]}</dd>
          {mentor.email && (
            <>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${mentor.email}`} target="_blank" rel="noreferrer">
                  {mentor.email}
                </a>
              </dd>
            </>
          )}
          <dt>Keep in touch</dt>
          <dd>every {mentor.keepInTouchCadenceDays} days</dd>
          {mentor.helpsWith && (
            <>
              <dt>Helps with</dt>
              <dd>{mentor.helpsWith}</dd>
            </>
          )}
          {mentor.howWeMet && (
            <>
              <dt>How we met</dt>
              <dd>{mentor.howWeMet}</dd>
            </>
          )}
          {mentor.notes && (
            <>
              <dt>Notes</dt>
              <dd>{mentor.notes}</dd>
            </>
          )}
        </dl>
      </div>
      <div className="card">
        <h2>Mentorship agreement</h2>
        {agreement.length === 0 ? (
          <p className="muted">Nothing agreed yet. Edit the mentor to note how often you meet, for how long, your focus and what stays confidential.</p>
        ) : (
          <dl className="agreement">
            {agreement.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{String(mentor[key])}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  );
}
