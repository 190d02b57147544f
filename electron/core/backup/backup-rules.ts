import { getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import { calendarBackupRules } from '../calendars/contract';
import { calendarDate, id, NOTES_MAX, optionalText, requiredText, timestamp } from '../fields';
import { commitmentFields } from '../followups/contract';
import { goalFields } from '../goals/contract';
import { agendaItemFields, scheduleFields } from '../meetings/contract';
import { templateItemsSchema } from '../meetings/templates';
import { mentorFields } from '../mentors/contract';
import { settingsPatchSchema } from '../settings/settings';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES, type BackupTableName } from './backup-tables';

/*
 * What a restored value must be beyond its column's type: the contract's own field rules. A row the app
 * could never have written (a due date of "soon", a snooze until "zzz", an id past 2^53) would break
 * every reminder query or the scheduler after the restore, so the whole file is refused instead.
 */

const jsonOf = (schema: z.ZodType) =>
  z.string().refine((text) => {
    try {
      return schema.safeParse(JSON.parse(text)).success;
    } catch {
      return false;
    }
  }, 'This is not valid JSON of the expected shape.');

const CALENDAR_DATES = new Set(['dueDate', 'targetDate', 'givenOn']);
const TIMESTAMPS = /At$|^snoozedUntil$/;

/** Text limits and ranges per table, from the contract fields; a column not named here only needs its type. */
const TABLE_RULES: Record<BackupTableName, Record<string, z.ZodType>> = {
  mentors: mentorFields,
  goals: goalFields,
  goalMentors: { canHelpWith: optionalText('What this mentor can do for this goal', 2_000) },
  meetings: { ...scheduleFields, notes: z.string().max(NOTES_MAX) },
  agendaTemplates: { name: requiredText('Template name', 200), itemsJson: jsonOf(templateItemsSchema) },
  agendaItems: agendaItemFields,
  advice: { text: requiredText('Advice', 5_000) },
  commitments: { ...commitmentFields, outcome: optionalText('Outcome', 10_000), dropReason: optionalText('Reason', 5_000) },
  interactions: { note: optionalText('Note', 5_000) },
  gives: { description: requiredText('What you gave', 2_000) },
  settings: { key: z.string().min(1).max(100), valueJson: jsonOf(settingsPatchSchema) },
  reminderLog: { reminderKey: z.string().min(1).max(500), kind: z.string().min(1).max(100) },
  ...calendarBackupRules,
};

/** Returns the value to store (times in the one ISO form the queries compare as text), or an error sentence. */
type Rule = (value: unknown) => { value: unknown } | { error: string };

const firstMessage = (result: z.ZodSafeParseResult<unknown>) => (result.success ? null : (result.error.issues[0]?.message ?? 'Not a valid value.'));

/** The contract's validator, checked only: the file's text is restored exactly (backup → restore → backup is identical). */
function checkWith(schema: z.ZodType, quick?: (value: unknown) => boolean): Rule {
  return (value) => {
    if (quick?.(value)) return { value };
    const error = firstMessage(schema.safeParse(value));
    return error ? { error } : { value };
  };
}

/** A quick yes for plain bounded text (trim + length only), so 100 000 rows are checked without zod's overhead. */
function boundedTextQuick(schema: z.ZodType): ((value: unknown) => boolean) | undefined {
  let inner = schema as { _zod: { def: { type: string; innerType?: unknown; checks?: { _zod: { def: { check: string } } }[] } }; minLength?: number | null; maxLength?: number | null };
  while (inner._zod.def.innerType) inner = inner._zod.def.innerType as typeof inner;
  if (inner._zod.def.type !== 'string') return undefined;
  if (!(inner._zod.def.checks ?? []).every((c) => ['overwrite', 'min_length', 'max_length'].includes(c._zod.def.check))) return undefined;
  const max = inner.maxLength ?? Infinity;
  const min = inner.minLength ?? 0;
  return (value) => typeof value === 'string' && value.length <= max && (min === 0 || (min === 1 ? NOT_BLANK.test(value) : value.trim().length >= min));
}

const NOT_BLANK = /\S/;
const CANONICAL_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function dayExists(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]);
}

const timestampRule: Rule = (value) => {
  if (typeof value === 'string' && CANONICAL_TIME.test(value) && dayExists(value)) return { value };
  const result = timestamp.safeParse(value);
  return result.success ? { value: result.data } : { error: firstMessage(result)! };
};

function ruleFor(table: BackupTableName, key: string): Rule | null {
  if (key === 'id' || key.endsWith('Id')) return checkWith(id, (v) => Number.isSafeInteger(v) && (v as number) > 0);
  if (CALENDAR_DATES.has(key)) {
    const known = new Set<unknown>();
    return (value) => {
      if (known.has(value)) return { value };
      const error = firstMessage(calendarDate.safeParse(value));
      if (error) return { error };
      known.add(value);
      return { value };
    };
  }
  if (TIMESTAMPS.test(key)) return timestampRule;
  const fromContract = TABLE_RULES[table][key];
  return fromContract ? checkWith(fromContract, boundedTextQuick(fromContract)) : null;
}

const RULES = Object.fromEntries(
  BACKUP_TABLE_NAMES.map((name) => [
    name,
    Object.keys(getTableColumns(BACKUP_TABLES[name]))
      .map((key) => [key, ruleFor(name, key)] as const)
      .filter((entry): entry is readonly [string, Rule] => entry[1] !== null),
  ]),
) as Record<BackupTableName, (readonly [string, Rule])[]>;

export interface RuleIssue {
  path: string[];
  message: string;
}

/** Checks every row of an already type-checked backup against the contract's rules; normalises times in place. */
export function checkFieldRules(tables: Record<BackupTableName, Record<string, unknown>[]>, limit = 10): { count: number; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  let count = 0;
  for (const name of BACKUP_TABLE_NAMES) {
    const rules = RULES[name];
    tables[name].forEach((row, index) => {
      for (const [key, rule] of rules) {
        const value = row[key];
        if (value === null || value === undefined) continue;
        const result = rule(value);
        if ('error' in result) {
          count++;
          if (issues.length < limit) issues.push({ path: ['tables', name, String(index), key], message: result.error });
        } else if (result.value !== value) row[key] = result.value;
      }
    });
  }
  return { count, issues };
}
