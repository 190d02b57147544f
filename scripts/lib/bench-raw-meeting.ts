import type Database from 'better-sqlite3';
import { COUNT_CAP } from '../../electron/core/followups/types';
import { summarizeAgenda } from '../../electron/core/meetings/agenda-summary';
import { BUILT_IN_TEMPLATES } from '../../electron/core/meetings/templates';
import { PREP_LIST_LIMIT } from '../../electron/core/meetings/types';

// The meeting page's calls (meeting, backlog, templates) and the prep brief as hand-written
// better-sqlite3 statements, prepared once; JS only renames columns and nests rows (the agenda's
// overrun suggestion is the same pure function the operation uses).

type Row = Record<string, unknown>;
const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const camelRow = (row: Row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v]));

export function meetingPageQueries(db: Database.Database) {
  const all = (sql: string) => {
    const statement = db.prepare(sql);
    return (...params: unknown[]) => (statement.all(...params) as Row[]).map(camelRow);
  };
  const get = (sql: string) => {
    const statement = db.prepare(sql);
    return (...params: unknown[]) => camelRow(statement.get(...params) as Row);
  };
  const meeting = get('select * from meetings where id = ?');
  const mentor = get('select id, name, email, keep_in_touch_cadence_days from mentors where id = ?');
  const agenda = all('select a.*, g.title goal_title from agenda_items a left join goals g on g.id = a.goal_id where a.meeting_id = ? order by a.position, a.id');
  const advice = all('select a.*, g.title goal_title from advice a left join goals g on g.id = a.goal_id where a.meeting_id = ? order by a.created_at, a.id');
  const fromAdvice = all('select id, advice_id, title, status, due_date from commitments where advice_id in (select id from advice where meeting_id = ?) order by id');
  const withoutAdvice = all('select id, title, status, due_date from commitments where meeting_id = ? and advice_id is null order by id');
  const backlog = all(`select a.*, g.title goal_title, m.scheduled_at carried_from_meeting_at from agenda_items a
    left join goals g on g.id = a.goal_id left join meetings m on m.id = a.carried_from_meeting_id
    where a.mentor_id = ? and a.meeting_id is null order by a.position, a.id`);
  const templates = all('select id, name, items_json from agenda_templates order by name');

  const briefMentor = get(`select id, name, role, organization, agreement_meeting_frequency, agreement_session_length, agreement_focus,
    agreement_confidentiality from mentors where id = ?`);
  const last = db.prepare("select id, scheduled_at, notes from meetings where mentor_id = ? and status = 'held' and scheduled_at < ? order by scheduled_at desc, id desc limit 1");
  const lastAdvice = all('select id, text, verdict from advice where meeting_id = ? order by id');
  const sinceLast = 'mentor_id = @mentor and (meeting_id = @last or created_at >= @lastAt)';
  const awaiting = "mentor_id = @mentor and status = 'done' and reported_back_at is null and completed_at is not null";
  const since = all(`select id, title, status, outcome, due_date, owner, reported_back_at from commitments where ${sinceLast} order by id limit ${PREP_LIST_LIMIT}`);
  const toReport = all(`select id, title, outcome, completed_at from commitments where ${awaiting} order by completed_at desc, id desc limit ${PREP_LIST_LIMIT}`);
  const count = (where: string) => get(`select count(*) n from (select 1 from commitments where ${where} limit ${COUNT_CAP})`);
  const [sinceCount, toReportCount] = [count(sinceLast), count(awaiting)];
  const goals = all(`select g.id, g.title, gm.can_help_with from goal_mentors gm join goals g on g.id = gm.goal_id
    where gm.mentor_id = ? and g.status in ('active', 'paused') order by g.title`);
  const progress = all(`select g.goal_id, count(c.id) total, coalesce(sum(c.status = 'done'), 0) done from goal_mentors g
    left join commitments c on c.goal_id = g.goal_id and c.status <> 'dropped' where g.mentor_id = ? group by g.goal_id`);

  const agendaOf = (id: number) => agenda(id) as (Row & { id: number; text: string; minutes: number; priority: 'low' | 'normal' | 'high'; status: string })[];
  const total = (shown: number, read: () => Row) => (shown < PREP_LIST_LIMIT ? shown : read().n);

  return {
    'meetings.get': (id: number) => {
      const m = meeting(id);
      const items = agendaOf(id);
      const linked = fromAdvice(id);
      return {
        meeting: m,
        mentor: mentor(m.mentorId),
        agenda: items,
        summary: summarizeAgenda(items, m.durationMinutes as number),
        advice: advice(id).map((a) => ({ ...a, commitments: linked.filter((c) => c.adviceId === a.id).map(({ adviceId: _, ...c }) => c) })),
        otherCommitments: withoutAdvice(id),
      };
    },
    'backlog.list': (mentorId: number) => backlog(mentorId),
    'templates.list': () => [...BUILT_IN_TEMPLATES, ...templates().map((t) => ({ key: `user:${t.id}`, name: t.name, builtIn: false, items: JSON.parse(t.itemsJson as string) }))],
    'prep.brief': (meetingId: number) => {
      const m = meeting(meetingId);
      const who = { mentor: m.mentorId };
      const before = last.get(m.mentorId, m.scheduledAt) as Row | undefined;
      const lastMeeting = before && camelRow(before);
      const params = lastMeeting && { ...who, last: lastMeeting.id, lastAt: lastMeeting.scheduledAt };
      const commitmentsSinceLast = params ? since(params) : [];
      const awaitingReportBack = toReport(who);
      const progressOf = new Map(progress(m.mentorId).map((p) => [p.goalId, p]));
      const items = agendaOf(meetingId);
      return {
        meeting: m,
        mentor: briefMentor(m.mentorId),
        lastMeeting: lastMeeting ? { ...lastMeeting, advice: lastAdvice(lastMeeting.id) } : null,
        commitmentsSinceLast,
        awaitingReportBack,
        totals: {
          commitmentsSinceLast: params ? total(commitmentsSinceLast.length, () => sinceCount(params)) : 0,
          awaitingReportBack: total(awaitingReportBack.length, () => toReportCount(who)),
        },
        goals: goals(m.mentorId).map((g) => {
          const p = progressOf.get(g.id)!;
          const [done, all] = [Number(p.done), Number(p.total)];
          return { ...g, progress: { goalId: g.id, done, total: all, ratio: all > 0 ? done / all : null } };
        }),
        agenda: items,
        summary: summarizeAgenda(items, m.durationMinutes as number),
      };
    },
  };
}
