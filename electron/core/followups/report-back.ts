import type { Db } from '../db/client';
import { eq } from 'drizzle-orm';
import { commitments } from '../db/schema';
import { conflict } from '../errors';
import { commitmentViews } from './commitment-views';
import { firstName, mailtoUrl } from '../mail';
import { requireCommitment } from './commitments';
import type { ReportBackDraft } from './types';


/** A short thank-you that closes the loop: the advice, what I did, and what happened. */
export function draftReportBack(db: Db, id: number): ReportBackDraft {
  const c = requireCommitment(db, id);
  if (c.status !== 'done') throw conflict('Complete the commitment with its outcome before reporting back.');
  const [view] = commitmentViews(db, eq(commitments.id, id), '');
  const mentorName = view.mentorName ?? '';
  const greeting = mentorName ? `Hi ${firstName(mentorName)},` : 'Hi,';
  const lines = [
    greeting,
    '',
    view.adviceText ? `You suggested: “${view.adviceText}”.` : 'I wanted to follow up on what we discussed.',
    `I followed through: ${view.title}.`,
    view.outcome ? `What happened: ${view.outcome}` : '',
    '',
    'Thank you for the advice — it made a difference. Is there anything I can do for you?',
    '',
    'Best,',
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '');
  const subject = `Following up: ${view.title}`;
  const body = lines.join('\n');
  const to = view.mentorEmail ?? '';
  return { commitmentId: id, to, subject, body, mailto: mailtoUrl(to, subject, body) };
}
