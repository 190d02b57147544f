import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * fast-check parameters for a property test. `runs` and `seed` are what CI uses (no seed: a fresh one each
 * run). A failure starts with the command that replays its shrunk counterexample exactly; the environment
 * overrides them for a sweep or a replay:
 *   PROPERTY_RUNS=<n>   runs per property (a longer sweep)
 *   PROPERTY_SEED=<n>   the seed, PROPERTY_PATH=<path> the counterexample's path (both from a failure)
 */
export function propertyParameters<T>(defaults: { runs: number; seed?: number }): fc.Parameters<T> {
  const env = process.env;
  return {
    numRuns: env.PROPERTY_RUNS ? Number(env.PROPERTY_RUNS) : defaults.runs,
    seed: env.PROPERTY_SEED ? Number(env.PROPERTY_SEED) : defaults.seed,
    path: env.PROPERTY_PATH || undefined,
    reporter: reportFailure,
  };
}

const MESSAGE_LIMIT = 6_000;

function reportFailure<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const { testPath, currentTestName } = expect.getState();
  const file = testPath ? path.relative(process.cwd(), testPath) : '<test file>';
  const name = currentTestName?.split(' > ').at(-1);
  const replay =
    details.counterexamplePath === null
      ? `Seed ${details.seed}.`
      : `Replay: PROPERTY_SEED=${details.seed} PROPERTY_PATH=${details.counterexamplePath} npx vitest run ${file}${name ? ` -t ${JSON.stringify(name)}` : ''}`;
  const report = fc.defaultReportMessage(details) ?? 'Property failed';
  // A counterexample can hold megabytes (the fuzz test's 2 MB string): the replay line says where to see it whole.
  const shown = report.length > MESSAGE_LIMIT ? `${report.slice(0, MESSAGE_LIMIT)}… (${report.length} characters)` : report;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${replay}\n${shown}\nGot: ${cause.slice(0, MESSAGE_LIMIT)}`, { cause: details.errorInstance });
}
