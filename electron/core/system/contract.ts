import { noInput, query } from '../operation';

export interface AppInfo {
  version: string;
  databasePath: string;
  schemaVersion: number;
  counts: { mentors: number; goals: number; meetings: number; commitments: number };
}

export const systemContract = {
  'app.info': query(noInput).returns<AppInfo>(),
};
