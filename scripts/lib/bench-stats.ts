import { isDeepStrictEqual } from 'node:util';

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/**
 * Samples `fns` interleaved: each round runs every function once, in a shuffled order, so a slow
 * moment of the machine lands on all of them alike. One warm-up round first (statements, caches).
 */
export async function interleaved(fns: (() => unknown)[], rounds: number): Promise<number[][]> {
  const samples = fns.map(() => [] as number[]);
  for (const fn of fns) await fn();
  for (let round = 0; round < rounds; round++) {
    const order = fns.map((_, i) => i).sort(() => Math.random() - 0.5);
    for (const i of order) {
      const started = performance.now();
      await fns[i]();
      samples[i].push(performance.now() - started);
    }
  }
  return samples;
}

const normal = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown));

/** Where two results first differ ('' when they are the same), as a path like `buckets.overdue[3].mentorName`. */
export function firstDifference(a: unknown, b: unknown, at = ''): string {
  const [x, y] = [normal(a), normal(b)];
  if (isDeepStrictEqual(x, y)) return '';
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) !== Array.isArray(y)) {
    return `${at || '(top)'}: ${JSON.stringify(x)?.slice(0, 80)} ≠ ${JSON.stringify(y)?.slice(0, 80)}`;
  }
  if (Array.isArray(x) && Array.isArray(y) && x.length !== y.length) return `${at}: ${x.length} rows ≠ ${y.length} rows`;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    const found = firstDifference((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], Array.isArray(x) ? `${at}[${key}]` : at ? `${at}.${key}` : key);
    if (found) return found;
  }
  return '';
}

export const ms = (n: number | undefined) => (n === undefined ? '' : n < 10 ? n.toFixed(2) : n.toFixed(1));

export function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? (cell ?? '').padEnd(widths[i]) : (cell ?? '').padStart(widths[i]))).join('  '));
}
