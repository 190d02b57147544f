import { z } from 'zod';
import { input, noInput, query, task } from '../operation';

export interface AppInfo {
  version: string;
  databasePath: string;
  schemaVersion: number;
  counts: { mentors: number; goals: number; meetings: number; commitments: number };
}

export const systemContract = {
  'app.info': query(noInput).returns<AppInfo>(),
  /** Whether the data file is sound; `damaged` is the sentence to show (writes are refused) or null. */
  'app.health': query(noInput).returns<{ damaged: string | null }>(),
  'clipboard.copy': task(input({ text: z.string().max(1_000_000) })).returns<{ copied: boolean }>(),
};
