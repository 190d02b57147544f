import { useSettings } from '../api/system';
import { preferencesFrom, setDatePreferences } from './dates';

/** Applies Settings → Dates and times before the pages below format anything (called once, in App). */
export function useDatePreferences(): void {
  const settings = useSettings();
  if (settings.data) setDatePreferences(preferencesFrom(settings.data));
}
