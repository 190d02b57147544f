import { plural } from '../plural';
import type { ContentsEntry, ExportDocument, MeetingRecord } from './types';

const KIND: Record<string, string> = { question: 'Question', update: 'Update', ask: 'Ask', thanks: 'Thanks' };

const YAML_SPECIAL = /[\\"\u0000-\u001f\u007f]/;

/** A YAML scalar that is always a plain string: double-quoted with every special character escaped. */
export function yamlString(value: string): string {
  if (!YAML_SPECIAL.test(value)) return `"${value}"`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;
}

/** Text for one line of a Markdown list: newlines folded so user text cannot start new blocks. */
const line = (text: string) => (text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text).trim();

/** The notes' own `#` headings moved `levels` down (at most ######), outside fenced code, so they nest under "Notes". */
export function headingsBelow(markdown: string, levels: number): string {
  if (!markdown.includes('#')) return markdown;
  let fenced = false;
  return markdown
    .split('\n')
    .map((text) => {
      if (/^\s{0,3}(```|~~~)/.test(text)) fenced = !fenced;
      if (fenced) return text;
      return text.replace(/^(\s{0,3})(#{1,6})(?=\s|$)/, (_, indent: string, marks: string) => indent + '#'.repeat(Math.min(6, marks.length + levels)));
    })
    .join('\n');
}

export function meetingToMarkdown(m: MeetingRecord, options: { frontMatter: boolean; headingLevel?: number } = { frontMatter: true }): string {
  const h = '#'.repeat(options.headingLevel ?? 1);
  const out: string[] = [];
  if (options.frontMatter) {
    out.push('---', `mentor: ${yamlString(m.mentor.name)}`, `date: ${yamlString(m.scheduledAt)}`, `duration_minutes: ${m.durationMinutes}`, `status: ${m.status}`);
    out.push(m.goals.length ? `goals:\n${m.goals.map((g) => `  - ${yamlString(g)}`).join('\n')}` : 'goals: []');
    if (m.location) out.push(`location: ${yamlString(m.location)}`);
    out.push('---', '');
  }
  out.push(`${h} Meeting with ${line(m.mentor.name)} — ${m.day}`, '');
  out.push(`${m.durationMinutes} minutes${m.location ? ` · ${line(m.location)}` : ''} · ${m.status}`, '');
  out.push(`${h}# Agenda`, '');
  out.push(...(m.agenda.length ? m.agenda.map((a) => `- [${a.status === 'discussed' ? 'x' : ' '}] ${KIND[a.kind]}: ${line(a.text)} (${a.minutes} min)`) : ['_No agenda._']), '');
  out.push(`${h}# Notes`, '', m.notes.trim() ? headingsBelow(m.notes.trim(), h.length + 1) : '_No notes._', '');
  out.push(`${h}# Advice`, '');
  out.push(...(m.advice.length ? m.advice.map((a) => `- ${line(a.text)}${a.goal ? ` _(goal: ${line(a.goal)})_` : ''}`) : ['_No advice recorded._']), '');
  out.push(`${h}# Commitments`, '');
  out.push(
    ...(m.commitments.length
      ? m.commitments.map((c) => `- [${c.status === 'done' ? 'x' : ' '}] ${line(c.title)} — ${c.status}${c.dueDate ? `, due ${c.dueDate}` : ''}${c.outcome ? `. Outcome: ${line(c.outcome)}` : ''}`)
      : ['_No commitments._']),
    '',
  );
  return out.join('\n');
}

/** Meetings in one file: one meeting as its own page (with front matter); several with a contents list first. */
export function markdownDocument(contents: ContentsEntry[], title: string): ExportDocument {
  if (contents.length === 1) return { head: '', section: (m) => meetingToMarkdown(m, { frontMatter: true }), between: '\n', tail: '' };
  const lines = [`# ${title}`, '', `${plural(contents.length, 'meeting')}.`, '', '## Contents', '', ...contents.map((m, i) => `${i + 1}. ${m.day} — ${line(m.mentor.name)}`), ''];
  return { head: `${lines.join('\n')}\n`, section: (m) => meetingToMarkdown(m, { frontMatter: false, headingLevel: 2 }), between: '\n', tail: '' };
}
