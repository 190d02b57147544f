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
  'clipboard.copy': task(input({ text: z.string().max(1_000_000) })).returns<{ copied: boolean }>(),
};
