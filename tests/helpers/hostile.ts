import type Database from 'better-sqlite3';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../electron/core/db/schema';

/**
 * Text a hostile (or unlucky) user could paste into any field. Every payload that could run sets
 * `window.__pwned` or opens a dialog, so a browser test can tell "shown as text" from "executed".
 */
export const XSS_CORPUS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<iframe src="javascript:window.top.__pwned=1"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">click me</a>',
  '[click me](javascript:window.__pwned=1)',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<details open ontoggle="window.__pwned=1">',
  '<body onload="window.__pwned=1">',
  '<input autofocus onfocus="window.__pwned=1">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>*{background:url("https://evil.example/leak")}</style>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${alert(1)}',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  'javascript:window.__pwned=1',
  '\u202Egnp.exe\u202C <b>bold?</b> &lt;script&gt; &amp; &#x3C;img src=x onerror=alert(1)&#x3E;',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"onmouseover="window.__pwned=1" data-x="',
];

/** Names from many writing systems: right-to-left, emoji with joiners, combining marks, CJK, astral planes. */
export const NAMES_IN_EVERY_SCRIPT: readonly string[] = [
  'مريم الحسيني',
  'אברהם כהן',
  'Zoë Ångström-Øre',
  'Nguyễn Thị Ánh',
  'e\u0301e\u0300 Combining Ma\u0308rks',
  '佐藤 美咲',
  '王小明',
  '김민준',
  'Дмитрий Иванов',
  'Ελένη Παπαδοπούλου',
  'श्रीनिवास रामानुजन',
  'ธนพล ศรีสุข',
  '👩🏽‍💻 Ada 🏳️‍🌈',
  '👨‍👩‍👧‍👦 family',
  'Mixed עברית and English (123)',
  '𝔐𝔞𝔱𝔥 𝒮𝒸𝓇𝒾𝓅𝓉',
];

export type TextFor = (table: string, column: string, row: number) => string;

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

/** Enum columns as the schema declares them ('table.column' → allowed values). */
function enumColumns(): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  for (const value of Object.values(schema)) {
    if (!(value instanceof SQLiteTable)) continue;
    const config = getTableConfig(value);
    for (const column of config.columns) {
      const values = (column as { enumValues?: readonly string[] }).enumValues;
      if (values && values.length > 0) found.set(`${config.name}.${column.name}`, values);
    }
  }
  return found;
}

/** User tables of a database in an order where every table comes after the tables it references. */
export function userTablesInDependencyOrder(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'")
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  const tables = rows.map((r) => r.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
  const ordered: string[] = [];
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table) || path.includes(table)) return;
    const parents = sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string }[];
    for (const parent of parents) if (parent.table !== table && tables.includes(parent.table)) visit(parent.table, [...path, table]);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

export interface FilledTables {
  /** Rows inserted per table. */
  rows: Record<string, number>;
  /** Every 'table.column' that received free text from `text`. */
  freeTextColumns: string[];
}

/**
 * Inserts `rows` rows into every user table with raw SQL, whatever the schema version: ids 1..rows,
 * foreign keys pointing at the same-numbered parent row, enums from the schema, real-looking dates, and
 * every free-text column filled by `text` (JSON columns carry it inside their JSON).
 */
export function fillEveryTable(
  sqlite: Database.Database,
  options: { rows: number; text: TextFor; nullableTimestampsAsNull?: boolean },
): FilledTables {
  const enums = enumColumns();
  const result: FilledTables = { rows: {}, freeTextColumns: [] };
  for (const table of userTablesInDependencyOrder(sqlite)) {
    const columns = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as ColumnInfo[];
    const foreignKeys = new Set((sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { from: string }[]).map((f) => f.from));
    const valueFor = (column: ColumnInfo, row: number): unknown => {
      const type = column.type.toUpperCase();
      const enumValues = enums.get(`${table}.${column.name}`);
      if (column.pk && type === 'INTEGER' && !foreignKeys.has(column.name)) return row;
      if (foreignKeys.has(column.name)) return row;
      if (enumValues) return enumValues[0];
      if (/_at$/.test(column.name)) {
        if (!column.notnull && options.nullableTimestampsAsNull) return null;
        return `2026-11-${String(10 + (row % 18)).padStart(2, '0')}T09:${String(row % 60).padStart(2, '0')}:00.000Z`;
      }
      if (/(_date|_on)$/.test(column.name)) return `2026-12-${String(1 + (row % 28)).padStart(2, '0')}`;
      if (/_json$/.test(column.name)) {
        if (column.name === 'items_json') {
          result.freeTextColumns.push(`${table}.${column.name}`);
          return JSON.stringify([{ kind: 'question', text: options.text(table, column.name, row), minutes: 5 }]);
        }
        return '{}';
      }
      if (column.pk) return `${table}-key-${row}`;
      if (type === 'INTEGER') return column.name === 'built_in' ? 0 : 10 + row;
      if (type === 'REAL') return row + 0.5;
      if (row === 1) result.freeTextColumns.push(`${table}.${column.name}`);
      return options.text(table, column.name, row);
    };
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const insert = sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`);
    sqlite.transaction(() => {
      for (let row = 1; row <= options.rows; row++) insert.run(...columns.map((c) => valueFor(c, row)));
    })();
    result.rows[table] = options.rows;
  }
  result.freeTextColumns = [...new Set(result.freeTextColumns)];
  return result;
}

/** Every row of every user table, for "nothing was lost or changed" comparisons. */
export function dumpTables(sqlite: Database.Database, tables = userTablesInDependencyOrder(sqlite)): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}
