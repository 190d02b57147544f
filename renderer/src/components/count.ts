import { COUNT_CAP } from '../../../electron/core/followups/types';

/** A count (or the sum of several) as the UI shows it: the core stops counting at COUNT_CAP, shown as "999+". */
export function countLabel(...counts: number[]): string {
  return counts.some((n) => n >= COUNT_CAP) ? `${COUNT_CAP - 1}+` : String(counts.reduce((sum, n) => sum + n, 0));
}
