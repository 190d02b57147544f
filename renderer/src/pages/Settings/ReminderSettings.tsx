import type { Settings } from '../../../../electron/core/settings/settings';
import { useSettings, useUpdateSettings } from '../../api/system';
import { transportKind } from '../../api/transport';
import { ErrorMessage } from '../../components/ErrorMessage';

const KINDS: [keyof Settings['reminders'], string][] = [
  ['commitmentDue', 'Commitments falling due (and snoozes ending)'],
  ['meetingPrep', 'Meeting prep: an empty agenda before a meeting, and the day-before brief'],
  ['reportBack', 'Report back to the mentor after finishing a commitment'],
  ['keepInTouch', 'Keep in touch when a mentor passes their cadence'],
];

/** Reminders, quiet hours, tray and login behaviour. */
export function ReminderSettings() {
  const settings = useSettings();
  const update = useUpdateSettings();
  if (!settings.data) return null;
  const r = settings.data.reminders;
  const setReminder = (patch: Partial<Settings['reminders']>) => update.mutate({ reminders: patch });
  return (
    <fieldset aria-label="Reminders">
      <legend>Reminders</legend>
      <label className="row">
        <input type="checkbox" checked={r.enabled} onChange={(e) => setReminder({ enabled: e.currentTarget.checked })} /> Remind me
      </label>
      {KINDS.map(([key, label]) => (
        <label className="row" key={key}>
          <input type="checkbox" disabled={!r.enabled} checked={r[key] as boolean} onChange={(e) => setReminder({ [key]: e.currentTarget.checked })} /> {label}
        </label>
      ))}
      <label className="row">
        Prep reminder this many hours before a meeting
        <input type="number" min={1} max={168} defaultValue={Math.round(r.prepLeadMinutes / 60)} onBlur={(e) => setReminder({ prepLeadMinutes: Number(e.currentTarget.value) * 60 })} style={{ width: '6em' }} />
      </label>
      <label className="row">
        Report-back nudge after (days)
        <input type="number" min={0} max={90} defaultValue={r.reportBackAfterDays} onBlur={(e) => setReminder({ reportBackAfterDays: Number(e.currentTarget.value) })} style={{ width: '6em' }} />
      </label>
      <label className="row">
        <input type="checkbox" checked={r.quietHoursEnabled} onChange={(e) => setReminder({ quietHoursEnabled: e.currentTarget.checked })} /> Quiet hours from
        <input type="time" aria-label="Quiet hours start" defaultValue={r.quietHoursStart} onBlur={(e) => setReminder({ quietHoursStart: e.currentTarget.value })} style={{ width: 'auto' }} />
        to
        <input type="time" aria-label="Quiet hours end" defaultValue={r.quietHoursEnd} onBlur={(e) => setReminder({ quietHoursEnd: e.currentTarget.value })} style={{ width: 'auto' }} />
      </label>
      {transportKind === 'ipc' && (
        <>
          <label className="row">
            <input type="checkbox" checked={settings.data.closeToTray} onChange={(e) => update.mutate({ closeToTray: e.currentTarget.checked })} /> Closing the window keeps Mentor Planner in the tray
          </label>
          <label className="row">
            <input type="checkbox" checked={settings.data.launchAtLogin} onChange={(e) => update.mutate({ launchAtLogin: e.currentTarget.checked })} /> Start Mentor Planner when I log in
          </label>
        </>
      )}
      <ErrorMessage error={update.error} />
    </fieldset>
  );
}
