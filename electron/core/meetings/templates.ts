import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import { agendaTemplates } from '../db/schema';
import { notFound } from '../errors';
import { AGENDA_KINDS } from '../values';
import { addToAgenda } from './agenda';
import type { AgendaTemplate, TemplateItem } from './types';

export const BUILT_IN_TEMPLATES: AgendaTemplate[] = [
  {
    key: 'builtin:first-meeting',
    name: 'First meeting',
    builtIn: true,
    items: [
      { kind: 'update', text: 'Who I am, where I am heading, and why I asked you', minutes: 5 },
      { kind: 'question', text: 'How did you get where you are? What would you do differently?', minutes: 10 },
      { kind: 'ask', text: 'The one goal I would most value your help with', minutes: 10 },
      { kind: 'question', text: 'How would you like to work together — how often, how long, what stays confidential?', minutes: 5 },
    ],
  },
  {
    key: 'builtin:goal-check-in',
    name: 'Goal check-in',
    builtIn: true,
    items: [
      { kind: 'update', text: 'What I did with your last advice, and what happened', minutes: 5 },
      { kind: 'update', text: 'Progress on my goal since we last met', minutes: 5 },
      { kind: 'question', text: 'Where I am stuck', minutes: 10 },
      { kind: 'thanks', text: 'Thank you — and how can I help you?', minutes: 5 },
    ],
  },
  {
    key: 'builtin:quarterly-review',
    name: 'Quarterly review',
    builtIn: true,
    items: [
      { kind: 'update', text: 'The quarter in review: wins, misses, lessons', minutes: 10 },
      { kind: 'question', text: 'Are my goals still the right ones?', minutes: 10 },
      { kind: 'ask', text: 'Where I need your help next quarter', minutes: 10 },
      { kind: 'question', text: 'Is our mentoring working for you? What should change?', minutes: 5 },
    ],
  },
];

export const templateItemsSchema = z.array(z.object({ kind: z.enum(AGENDA_KINDS), text: z.string(), minutes: z.number().int() }));

function parseItems(json: string): TemplateItem[] {
  const parsed = templateItemsSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

export function listTemplates(db: Db): AgendaTemplate[] {
  const own = prepared(db, 'listTemplates', () => db.select().from(agendaTemplates).orderBy(asc(agendaTemplates.name)).prepare())
    .all()
    .map((t) => ({ key: `user:${t.id}`, name: t.name, builtIn: false, items: parseItems(t.itemsJson) }));
  return [...BUILT_IN_TEMPLATES, ...own];
}

export function findTemplate(db: Db, key: string): AgendaTemplate {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.key === key);
  if (builtIn) return builtIn;
  const id = Number(key.replace(/^user:/, ''));
  const row = key.startsWith('user:') && Number.isInteger(id) ? db.select().from(agendaTemplates).where(eq(agendaTemplates.id, id)).get() : undefined;
  if (!row) throw notFound('agenda template', key);
  return { key, name: row.name, builtIn: false, items: parseItems(row.itemsJson) };
}

export function saveTemplate(db: Db, name: string, items: TemplateItem[], now: Date): AgendaTemplate {
  const stamp = now.toISOString();
  const row = db
    .insert(agendaTemplates)
    .values({ name, itemsJson: JSON.stringify(items), builtIn: false, createdAt: stamp, updatedAt: stamp })
    .returning()
    .get();
  return { key: `user:${row.id}`, name: row.name, builtIn: false, items };
}

export function deleteTemplate(db: Db, key: string): void {
  const id = Number(key.replace(/^user:/, ''));
  if (!key.startsWith('user:') || db.delete(agendaTemplates).where(eq(agendaTemplates.id, id)).run().changes === 0) {
    throw notFound('agenda template', key);
  }
}

/** Adds a template's items to the end of a meeting's agenda. */
export function applyTemplate(db: Db, meetingId: number, key: string, now: Date): void {
  for (const item of findTemplate(db, key).items) addToAgenda(db, meetingId, { ...item, priority: 'normal', goalId: null }, now);
}
