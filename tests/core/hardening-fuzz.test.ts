import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, operationNames } from '../../electron/core/contract';
import { ERROR_CODES } from '../../electron/core/errors';
import { fillEveryTable } from '../helpers/hostile';
import { propertyParameters } from '../helpers/property';
import { createTestCore, type TestCore } from '../helpers/store';

// Every operation in the contract, whatever lands in it later, gets malformed inputs through the real
// dispatch: each must come back as a typed error, never throw, and leave the database as it was.
// 300 per operation by default: each call is followed by a comparison of the whole database image, so
// 1 000 took over 15 minutes on 2 cores; PROPERTY_RUNS=1000 runs the longer sweep, PROPERTY_SEED another seed.
const PARAMETERS = propertyParameters<[Attempt]>({ runs: 300, seed: 20261123 });
const RUNS_PER_OPERATION = PARAMETERS.numRuns ?? 300;
const NONE = Symbol('no sample');
const UNKNOWN_ID = 999_999;

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

let core: TestCore;
// The whole database image (every table, the search index and its shadow tables, sqlite_sequence):
// compared after every call, so a change that slipped past total_changes() (a trigger, another
// connection, a commit of the same values) is seen too. A byte comparison, so it can run 100 000 times.
const fingerprint = () => core.store.sqlite.serialize();
// Every file under the data folder (the database's side files' sizes change with writes, so names only).
const filesInDataFolder = () => (fs.readdirSync(core.dir, { recursive: true }) as string[]).filter((f) => !/mentor-planner[^/]*\.db-(wal|shm|journal)$/.test(f)).sort().join('\n');
// No operation is skipped. Tasks that save files ask the platform where (chooseSavePath), which a test
// core does not have, so they refuse before writing; any path-like string field still gets a path inside
// this folder, never one in the working directory.
const scratch = () => path.join(core?.dir ?? os.tmpdir(), 'fuzz-output');

function stringCandidates(key: string): string[] {
  const common = ['Plain text', '2026-11-30', '2026-11-30T09:00:00Z', '21:30', 'someone@example.com', 'x', ''];
  return /path|file|dir|folder/i.test(key) ? [path.join(scratch(), 'out.txt'), ...common] : common;
}

/** A value the schema accepts, derived from the schema itself; ids are 999999 (valid, but unknown). */
function sample(schema: z.ZodType, key = ''): unknown {
  const def = defOf(schema);
  const accepts = (value: unknown) => schema.safeParse(value).success;
  const firstAccepted = (candidates: unknown[]) => candidates.find(accepts) ?? NONE;
  switch (def.type) {
    case 'default':
    case 'optional':
      return sample(def.innerType as z.ZodType, key);
    case 'nullable': {
      const inner = sample(def.innerType as z.ZodType, key);
      return inner === NONE ? null : inner;
    }
    case 'pipe':
      return sample(def.in as z.ZodType, key);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [field, fieldSchema] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const value = sample(fieldSchema, field);
        if (value !== NONE) out[field] = value;
      }
      return out;
    }
    case 'array': {
      const element = sample(def.element as z.ZodType, key);
      return element === NONE ? [] : [element];
    }
    case 'enum':
      return Object.values(def.entries as Record<string, string>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'boolean':
      return true;
    case 'number':
      return firstAccepted([UNKNOWN_ID, 30, 5, 1, 0]);
    case 'string':
      return firstAccepted(stringCandidates(key));
    case 'union':
      return firstAccepted((def.options as z.ZodType[]).map((option) => sample(option, key)));
    default:
      return NONE;
  }
}

/** The strict object under an input's optional/default wrappers, if it is one. */
function isObjectInput(schema: z.ZodType): boolean {
  let def = defOf(schema);
  while (def.type === 'optional' || def.type === 'default') def = defOf(def.innerType);
  return def.type === 'object';
}

const HUGE = 'x'.repeat(2_000_001);
const deeplyNested = (() => {
  let value: unknown = 'bottom';
  for (let i = 0; i < 5_000; i++) value = [value];
  return value;
})();
const WRONG_VALUES: unknown[] = [
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  0,
  -0,
  1.5,
  2 ** 53,
  -(2 ** 31),
  '',
  '   ',
  '999999',
  'NaN',
  'true',
  true,
  false,
  [],
  [null],
  {},
  new Date(Number.NaN),
  new Date('2026-11-23T09:00:00Z'),
  10n,
  'x'.repeat(20_001),
  HUGE,
  '2026-02-30',
  '2026-13-01',
  '2026-11-23T25:61:00Z',
  'not a date',
  '\u0000',
  '\uD800',
  deeplyNested,
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}}'),
];

const wrongValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WRONG_VALUES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
);
const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'id2', 'toString', 'hasOwnProperty'),
  fc.string({ minLength: 1, maxLength: 12 }),
);

/** Sets an own property, even `__proto__`, the way JSON.parse would. */
function withOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

const clone = (value: unknown): unknown => structuredClone(value);

/** Paths to every field of the sample, nested objects and array elements included. */
function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...fieldPaths(item, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...fieldPaths(item, [...prefix, key])]);
  }
  return [];
}

function edit(base: unknown, at: (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void) {
  const copy = clone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of at.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  change(parent, at[at.length - 1]);
  return copy;
}

interface Attempt {
  how: string;
  input: unknown;
  /** True when the input is invalid by construction, whatever the schema says. */
  invalidByConstruction: boolean;
}

function malformedInputs(schema: z.ZodType): fc.Arbitrary<Attempt> {
  const base = sample(schema);
  const objectInput = isObjectInput(schema) && base !== NONE && typeof base === 'object' && base !== null;
  const paths = objectInput ? fieldPaths(base) : [];
  const strategies: { weight: number; arbitrary: fc.Arbitrary<Attempt> }[] = [
    {
      weight: 2,
      arbitrary: fc.oneof(wrongValue, fc.anything({ maxDepth: 2 })).map((input) => ({
        how: 'a value of the wrong shape',
        input,
        invalidByConstruction: input !== undefined && (input === null || typeof input !== 'object' || Array.isArray(input)),
      })),
    },
  ];
  if (objectInput) {
    strategies.push({
      weight: 4,
      arbitrary: fc.tuple(extraKey, wrongValue).map(([key, value]) => ({
        how: `an unknown extra field "${key}"`,
        input: withOwn(clone(base) as Record<string, unknown>, Object.hasOwn(base as object, key) ? `${key}_extra` : key, value),
        invalidByConstruction: true,
      })),
    });
    strategies.push({
      weight: 1,
      arbitrary: fc.integer({ min: 100_000, max: 2 ** 31 }).map((unknownId) => ({
        how: 'unknown ids',
        input: JSON.parse(JSON.stringify(base).replaceAll(String(UNKNOWN_ID), String(unknownId))),
        invalidByConstruction: false,
      })),
    });
  }
  if (paths.length > 0) {
    strategies.push({
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...paths), wrongValue).map(([at, value]) => ({
        how: `a wrong value at ${at.join('.')}`,
        input: edit(base, at, (parent, key) => (parent[key] = value)),
        invalidByConstruction: false,
      })),
    });
    strategies.push({
      weight: 1,
      arbitrary: fc.constantFrom(...paths).map((at) => ({
        how: `${at.join('.')} missing`,
        input: edit(base, at, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key])),
        invalidByConstruction: false,
      })),
    });
  }
  return fc.oneof(...strategies);
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
let cleanPrototype: string[];

beforeAll(async () => {
  cleanPrototype = prototypeKeys();
  // No background sync: once a fuzzed sync.setup succeeds, a round every half minute would write the sync
  // folder and sync_state between calls, and the check would blame whichever operation was being fuzzed.
  core = await createTestCore({ syncInBackground: false });
  // A small data set in every table, so "unchanged" means something and ids 1..3 exist.
  fillEveryTable(core.store.sqlite, { rows: 3, text: (table, column, row) => `${table} ${column} ${row}`, nullableTimestampsAsNull: true });
});
afterAll(() => core?.dispose());

describe('contract fuzzing: malformed input through the real dispatch', () => {
  it.each([...operationNames])('%s answers every malformed input with a typed error and changes nothing', async (name) => {
    const schema = contract[name].input as z.ZodType;
    let before = fingerprint();
    let filesBefore = filesInDataFolder();
    let invalidSeen = 0;
    await fc.assert(
      fc.asyncProperty(malformedInputs(schema), async (attempt) => {
        // serialize() hands its image to Node as an external buffer whose memory is freed by a finalizer that
        // runs only when the event loop turns; awaiting calls alone never turns it, and 300 runs × every
        // operation held ~15 GB (the worker was OOM-killed at 1 200 runs).
        await new Promise<void>((resolve) => setImmediate(resolve));
        const validBySchema = schema.safeParse(attempt.input).success;
        let result: Awaited<ReturnType<TestCore['call']>>;
        try {
          result = await core.call(name, attempt.input);
        } catch (error) {
          throw new Error(`${name} threw past dispatch on ${attempt.how}: ${String(error)}`);
        }
        if (attempt.invalidByConstruction || !validBySchema) {
          invalidSeen++;
          expect(result, attempt.how).toMatchObject({ ok: false, error: { code: 'INVALID' } });
        }
        if (result.ok) {
          // A well-formed input may legitimately succeed (a list with an unknown filter, a settings patch).
          before = fingerprint();
          filesBefore = filesInDataFolder();
          return;
        }
        expect(ERROR_CODES).toContain(result.error.code);
        expect(result.error.code, `${attempt.how}: ${result.error.message}`).not.toBe('INTERNAL');
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(fingerprint().equals(before), `${name} changed the database on ${attempt.how}`).toBe(true);
        expect(filesInDataFolder(), `${name} left a file in the data folder on ${attempt.how}`).toBe(filesBefore);
      }),
      PARAMETERS,
    );
    expect(invalidSeen).toBeGreaterThan(RUNS_PER_OPERATION * 0.7);
    expect(prototypeKeys()).toEqual(cleanPrototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves Object.prototype unpolluted after every operation was fuzzed', () => {
    expect(prototypeKeys()).toEqual(cleanPrototype);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
