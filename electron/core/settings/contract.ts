import { mutation, noInput, query } from '../operation';
import { settingsPatchSchema, type Settings } from './settings';

export const settingsContract = {
  'settings.get': query(noInput).returns<Settings>(),
  'settings.update': mutation(settingsPatchSchema).returns<Settings>(),
};
