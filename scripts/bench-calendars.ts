// Calendar figures: import of a 5 000-event calendar (target ≤ 2 s) and feed regeneration on the heavy
// profile (target ≤ 300 ms, run off the UI path after changes). Prints figures; asserts nothing.
// Usage: npx tsx scripts/bench-calendars.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFeed } from '../electron/core/calendars/feed';
import { importIcsFile } from '../electron/core/calendars/ics-import';
import { parseCalendar } from '../electron/core/calendars/ics-parse';
import { syncWindow } from '../electron/core/calendars/sync';
import { decideSeries, listSeries } from '../electron/core/calendars/review';
import { openStore } from '../electron/core/db/migrate';
import { DEFAULT_NOW, seedFile } from './seed';

const ms = (t: number) => `${t.toFixed(0)} ms`;
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

function bigCalendar(mentorNames: string[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', 'X-WR-CALNAME:Bench'];
  const stamp = 'DTSTAMP:20261101T000000Z';
  const day = (offset: number) => new Date(Date.parse(DEFAULT_NOW) + offset * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  // 3 000 single events over the two-year window, a third with a mentor's name in the title.
  for (let i = 0; i < 3_000; i++) {
    const d = day((i % 700) - 350);
    const who = i % 3 === 0 ? ` with ${mentorNames[i % mentorNames.length]}` : '';
    lines.push('BEGIN:VEVENT', `UID:single-${i}@bench`, stamp, `DTSTART:${d}T${String(8 + (i % 9)).padStart(2, '0')}0000Z`, 'DURATION:PT45M', `SUMMARY:Meeting ${i}${who}`, 'END:VEVENT');
  }
  // 40 weekly series of 50 occurrences (2 000), in Berlin time with its VTIMEZONE, each with an override.
  lines.push('BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE');
  for (let s = 0; s < 40; s++) {
    const start = day(-300 + s);
    lines.push('BEGIN:VEVENT', `UID:series-${s}@bench`, stamp, `DTSTART;TZID=Europe/Berlin:${start}T100000`, 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY;COUNT=50', `SUMMARY:1:1 ${mentorNames[s % mentorNames.length]}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-planner-bench-calendars-'));
  try {
    const file = path.join(dir, 'heavy.db');
    const seeded = performance.now();
    await seedFile(file, 'heavy', 42, new Date(DEFAULT_NOW));
    console.log(`heavy profile seeded in ${ms(performance.now() - seeded)}`);
    const store = await openStore({ path: file, migrationsFolder: path.resolve(__dirname, '../drizzle') });
    const now = new Date(DEFAULT_NOW);
    const names = (store.sqlite.prepare('SELECT name FROM mentors WHERE archived_at IS NULL LIMIT 40').pluck().all() as string[]).map((n) => n.split(' ')[0]);
    const text = bigCalendar(names.length ? names : ['Ada']);

    const tp = performance.now();
    const parsed = parseCalendar(text, syncWindow(now), 'Europe/Berlin');
    console.log(`parse and expand only: ${parsed.occurrences.length} occurrences in ${ms(performance.now() - tp)}`);
    const t0 = performance.now();
    const first = importIcsFile(store.db, { fileName: 'bench.ics', text, timeZone: 'Europe/Berlin' }, now);
    const importMs = performance.now() - t0;
    console.log(`import of a ${first.events}-event calendar (${(text.length / 1e6).toFixed(1)} MB, ${first.series} series) into the heavy profile: ${ms(importMs)} (target ≤ 2000 ms)`);
    const pending = listSeries(store.db, 'pending', now);
    const t1 = performance.now();
    for (const s of pending) decideSeries(store.db, s.seriesId, 'accepted', null, now);
    console.log(`accepting ${pending.length} matched series (meetings and contact made): ${ms(performance.now() - t1)}`);
    const t2 = performance.now();
    importIcsFile(store.db, { fileName: 'bench.ics', text, timeZone: 'Europe/Berlin' }, now);
    console.log(`re-import of the same calendar (nothing to change): ${ms(performance.now() - t2)}`);

    for (const detail of ['titles', 'agenda'] as const) {
      store.sqlite.prepare("INSERT INTO settings (key, value_json, updated_at) VALUES ('app', json_object('calendarFeedDetail', ?), ?) ON CONFLICT(key) DO UPDATE SET value_json = json_set(value_json, '$.calendarFeedDetail', ?)").run(detail, DEFAULT_NOW, detail);
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        size = buildFeed(store.db, now, { timeZone: 'Europe/Berlin' }).length;
        times.push(performance.now() - t);
      }
      console.log(`feed regeneration on the heavy profile (${detail}, ${(size / 1e3).toFixed(0)} kB): p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))} (target ≤ 300 ms)`);
    }
    store.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
