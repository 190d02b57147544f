import type { Settings } from '../../../../electron/core/settings/settings';
import { usePauseReminders } from '../../api/reminders';
import { useSettings, useUpdateSettings } from '../../api/system';
import { transportKind } from '../../api/transport';
import { formatDateTime } from '../../components/dates';
import { ErrorMessage } from '../../components/ErrorMessage';
import { WholeNumberField } from '../../components/WholeNumberField';

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
      <legend>
        <h2>Reminders</h2>
      </legend>
      <label className="row">
        <input type="checkbox" checked={r.enabled} onChange={(e) => setReminder({ enabled: e.currentTarget.checked })} /> Remind me
      </label>
      {KINDS.map(([key, label]) => (
        <label className="row" key={key}>
          <input type="checkbox" disabled={!r.enabled} checked={r[key] as boolean} onChange={(e) => setReminder({ [key]: e.currentTarget.checked })} /> {label}
        </label>
      ))}
      <WholeNumberField label="Prep reminder this many hours before a meeting" min={1} max={168} value={Math.round(r.prepLeadMinutes / 60)} onSave={(hours) => setReminder({ prepLeadMinutes: hours * 60 })} />
      <WholeNumberField label="Report-back nudge after (days)" min={0} max={90} value={r.reportBackAfterDays} onSave={(days) => setReminder({ reportBackAfterDays: days })} />
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
      <PauseControl pausedUntil={r.pausedUntil} />
      <ErrorMessage error={update.error} />
    </fieldset>
  );
}

/** "Pause reminders for 1 hour" (as in the tray), or how long the pause still runs, with a way to resume. */
function PauseControl({ pausedUntil }: { pausedUntil: string | null }) {
  const pause = usePauseReminders();
  const paused = !!pausedUntil && new Date(pausedUntil).getTime() > Date.now();
  return (
    <div className="row">
      {paused ? (
        <>
          <span>Reminders are paused until {formatDateTime(pausedUntil!)}.</span>
          <button type="button" disabled={pause.isPending} onClick={() => pause.mutate({ until: null })}>
            Resume reminders
          </button>
        </>
      ) : (
        <button type="button" disabled={pause.isPending} onClick={() => pause.mutate({ until: new Date(Date.now() + 3_600_000).toISOString() })}>
          Pause reminders for 1 hour
        </button>
      )}
      <ErrorMessage error={pause.error} />
    </div>
  );
}
