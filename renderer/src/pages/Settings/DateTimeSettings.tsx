import type { TIME_FORMATS, WeekStart } from '../../../../electron/core/zoned-time';
import { useSettings, useUpdateSettings } from '../../api/system';
import { formatTime } from '../../components/dates';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

type TimeFormat = (typeof TIME_FORMATS)[number];
// 15:30 today, shown in each format so the choice is concrete.
const sample = () => new Date(new Date().setHours(15, 30, 0, 0)).toISOString();

/** The clock (12/24 h) and the first day of the week; "as my language" follows the browser's locale. */
export function DateTimeSettings() {
  const settings = useSettings();
  const update = useUpdateSettings();
  if (!settings.data) return null;
  return (
    <fieldset>
      <legend>
        <h2>Dates and times</h2>
      </legend>
      <Field label="Time format" hint={`Now shown as ${formatTime(sample())}.`}>
        {(props) => (
          <select {...props} value={settings.data.timeFormat} onChange={(e) => update.mutate({ timeFormat: e.currentTarget.value as TimeFormat })} style={{ width: 'auto' }}>
            <option value="locale">As my language does</option>
            <option value="24h">24-hour (15:30)</option>
            <option value="12h">12-hour (3:30 PM)</option>
          </select>
        )}
      </Field>
      <Field label="First day of the week" hint="“This week” on the follow-ups board and “Snooze until next week” start on this day.">
        {(props) => (
          <select {...props} value={settings.data.firstDayOfWeek} onChange={(e) => update.mutate({ firstDayOfWeek: e.currentTarget.value as WeekStart })} style={{ width: 'auto' }}>
            <option value="locale">As my language does</option>
            <option value="monday">Monday</option>
            <option value="sunday">Sunday</option>
            <option value="saturday">Saturday</option>
          </select>
        )}
      </Field>
      <ErrorMessage error={update.error} />
    </fieldset>
  );
}
