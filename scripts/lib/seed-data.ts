import type Database from 'better-sqlite3';

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same database. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

export const PROFILES = {
  heavy: { mentors: 200, goals: 60, meetings: 5_000, agendaItems: 50_000, advice: 20_000, commitments: 60_000, interactions: 4_000, gives: 800 },
  small: { mentors: 20, goals: 8, meetings: 50, agendaItems: 500, advice: 200, commitments: 600, interactions: 40, gives: 10 },
} as const;
export type ProfileName = keyof typeof PROFILES;

const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Tim', 'Radia', 'Linus', 'Margaret', 'Ken', 'Hedy', 'Vint', 'Sophie', 'Yukihiro', 'Anita', 'Dennis', 'Shafi'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Berners-Lee', 'Perlman', 'Torvalds', 'Hamilton', 'Thompson', 'Lamarr', 'Cerf', 'Wilson', 'Matsumoto', 'Borg', 'Ritchie', 'Goldwasser'];
const TOPICS = ['hiring', 'strategy', 'negotiation', 'public speaking', 'board relations', 'budgeting', 'delegation', 'feedback', 'product vision', 'career growth', 'fundraising', 'team culture', 'stakeholders', 'prioritisation', 'sponsorship'];
const VERBS = ['Write', 'Draft', 'Ask', 'Read', 'Practice', 'Schedule', 'Share', 'Review', 'Plan', 'Try'];
const TYPES = ['career', 'skill', 'leadership', 'peer', 'sponsor', 'coach', 'other'] as const;

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Fills an empty, migrated database with a realistic heavy user's ten years, deterministically from
 * `seed`, ending at `now`; `scale` multiplies every count (10 = ten copies of that user's volume). Bulk inserts in one transaction per table with prepared statements.
 */
export function seedDatabase(sqlite: Database.Database, options: SeedOptions): Record<string, number> {
  // Each insert fires triggers (search index, global id), so SQLite keeps a statement journal for it, which spills
  // to a temp file past 64 KiB: in memory the heavy seed makes ~5 M fewer write calls (kernel time 7 s → 1.3 s).
  const tempStore = sqlite.pragma('temp_store', { simple: true }) as number;
  sqlite.pragma('temp_store = MEMORY');
  try {
    return fill(sqlite, options);
  } finally {
    sqlite.pragma(`temp_store = ${tempStore}`);
  }
}

interface SeedOptions {
  profile: ProfileName;
  seed: number;
  now: Date;
  scale?: number;
}

function fill(sqlite: Database.Database, options: SeedOptions): Record<string, number> {
  const scale = options.scale ?? 1;
  const p = Object.fromEntries(Object.entries(PROFILES[options.profile]).map(([k, n]) => [k, n * scale])) as { [K in keyof (typeof PROFILES)['heavy']]: number };
  const r = prng(options.seed);
  const end = options.now.getTime();
  const start = end - 10 * 365 * DAY;
  const when = () => start + Math.floor(r.next() * (end - start));
  const topic = () => r.pick(TOPICS);
  const stamp = iso(end);
  const tx = <T>(rows: number, insert: (i: number) => T) => sqlite.transaction(() => {
    for (let i = 1; i <= rows; i++) insert(i);
  })();

  const mentor = sqlite.prepare(
    `INSERT INTO mentors (id, name, role, organization, email, type, helps_with, keep_in_touch_cadence_days, notes, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  tx(p.mentors, (i) => {
    const name = `${r.pick(FIRST)} ${r.pick(LAST)} ${i}`;
    mentor.run(i, name, r.pick(['CTO', 'VP Engineering', 'Founder', 'Director', 'Coach']), r.pick(['Acme', 'Globex', 'Initech', 'Umbrella']), `mentor${i}@example.com`, r.pick(TYPES), `Helps with ${topic()} and ${topic()}`, r.pick([14, 30, 30, 45, 60, 90]), `Met through ${topic()} work.`, r.chance(0.1) ? iso(when()) : null, iso(start), stamp);
  });
  const goal = sqlite.prepare(`INSERT INTO goals (id, title, why, success_criteria, target_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  tx(p.goals, (i) => goal.run(i, `Get better at ${topic()} (${i})`, `It matters for ${topic()}`, `Measurable progress in ${topic()}`, iso(when() + 365 * DAY).slice(0, 10), r.pick(['active', 'active', 'achieved', 'paused', 'dropped']), iso(start), stamp));
  const link = sqlite.prepare(`INSERT OR IGNORE INTO goal_mentors (goal_id, mentor_id, can_help_with, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
  tx(p.goals * 4, () => link.run(r.int(1, p.goals), r.int(1, p.mentors), `Advice on ${topic()}`, stamp, stamp));
  const meeting = sqlite.prepare(`INSERT INTO meetings (id, mentor_id, scheduled_at, duration_minutes, location, status, notes, held_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const meetingMentor: number[] = [];
  tx(p.meetings, (i) => {
    // The last 2% are planned in the coming weeks; the rest happened.
    const future = i > p.meetings * 0.98;
    const at = future ? end + r.int(1, 30) * DAY : when();
    const mentorId = r.int(1, p.mentors);
    meetingMentor[i] = mentorId;
    const status = future ? 'planned' : r.chance(0.05) ? 'cancelled' : 'held';
    meeting.run(i, mentorId, iso(at), r.pick([30, 45, 60]), r.pick(['Zoom', 'Café', 'Office', '']), status, status === 'held' ? `## Notes\n- We discussed ${topic()} and ${topic()}.\n- Follow up on **${topic()}**.` : '', status === 'held' ? iso(at) : null, iso(at), iso(at));
  });
  const agenda = sqlite.prepare(`INSERT INTO agenda_items (id, mentor_id, meeting_id, goal_id, kind, text, minutes, priority, position, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  tx(p.agendaItems, (i) => {
    const inBacklog = r.chance(0.05);
    const meetingId = inBacklog ? null : r.int(1, p.meetings);
    const mentorId = meetingId ? meetingMentor[meetingId] : r.int(1, p.mentors);
    agenda.run(i, mentorId, meetingId, r.chance(0.3) ? r.int(1, p.goals) : null, r.pick(['question', 'update', 'ask', 'thanks']), `About ${topic()}: what would you do?`, r.pick([5, 5, 10, 15]), r.pick(['high', 'normal', 'normal', 'low']), i, r.chance(0.7) ? 'discussed' : 'open', stamp, stamp);
  });
  const advice = sqlite.prepare(`INSERT INTO advice (id, meeting_id, mentor_id, goal_id, text, verdict, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  tx(p.advice, (i) => {
    const meetingId = r.int(1, p.meetings);
    advice.run(i, meetingId, meetingMentor[meetingId], r.chance(0.5) ? r.int(1, p.goals) : null, `${r.pick(VERBS)} a plan for ${topic()}`, r.pick([null, 'tried', 'adopted', 'not_for_me']), iso(when()), stamp);
  });
  const commitment = sqlite.prepare(
    `INSERT INTO commitments (id, advice_id, meeting_id, mentor_id, goal_id, owner, title, due_date, status, outcome, completed_at, dropped_at, reported_back_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  tx(p.commitments, (i) => {
    const made = when();
    const due = made + r.int(3, 60) * DAY;
    const adviceId = r.chance(0.6) ? r.int(1, p.advice) : null;
    const meetingId = r.int(1, p.meetings);
    const status = due > end ? (r.chance(0.8) ? 'open' : 'done') : r.pick(['done', 'done', 'done', 'done', 'dropped', 'open']);
    const closedAt = Math.min(end, due + r.int(-5, 5) * DAY);
    commitment.run(i, adviceId, meetingId, meetingMentor[meetingId], r.chance(0.5) ? r.int(1, p.goals) : null, r.chance(0.1) ? 'mentor' : 'me', `${r.pick(VERBS)} the ${topic()} piece`, r.chance(0.9) ? iso(due).slice(0, 10) : null, status, status === 'done' ? `It helped with ${topic()}` : '', status === 'done' ? iso(closedAt) : null, status === 'dropped' ? iso(closedAt) : null, status === 'done' && r.chance(0.6) ? iso(closedAt + DAY) : null, iso(made), stamp);
  });
  const interaction = sqlite.prepare(`INSERT INTO interactions (id, mentor_id, kind, occurred_at, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  tx(p.interactions, (i) => interaction.run(i, r.int(1, p.mentors), r.pick(['call', 'message', 'chance', 'other']), iso(when()), `Talked about ${topic()}`, stamp, stamp));
  const give = sqlite.prepare(`INSERT INTO gives (id, mentor_id, description, given_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  tx(p.gives, (i) => give.run(i, r.int(1, p.mentors), `Shared an article on ${topic()}`, iso(when()).slice(0, 10), stamp, stamp));
  const count = (t: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  // Global ids come from the seed too (the insert trigger would mint random ones), so one seed gives one file.
  ['mentors', 'goals', 'meetings', 'agenda_items', 'advice', 'commitments', 'interactions', 'gives'].forEach((table, n) =>
    sqlite.prepare(`UPDATE ${table} SET gid = printf('%08x%08x%016x', ?, ?, id)`).run(options.seed, n),
  );
  return Object.fromEntries(['mentors', 'goals', 'goal_mentors', 'meetings', 'agenda_items', 'advice', 'commitments', 'interactions', 'gives'].map((t) => [t, count(t)]));
}
