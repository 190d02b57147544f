import { useAppInfo, useSettings, useUpdateSettings } from '../../api/system';
import { ErrorMessage } from '../../components/ErrorMessage';
import { WholeNumberField } from '../../components/WholeNumberField';
import { PageHeader } from '../../components/PageHeader';
import { BackupSettings } from './BackupSettings';
import { CalendarSettings } from './CalendarSettings';
import { DateTimeSettings } from './DateTimeSettings';
import { ExportSettings } from './ExportSettings';
import { ReminderSettings } from './ReminderSettings';
import { SyncSettings } from './SyncSettings';

export function SettingsPage() {
  const info = useAppInfo();
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <section className="page">
      <PageHeader title="Settings" />
      <ErrorMessage error={settings.error ?? update.error} />
      {settings.data && (
        <fieldset>
          <legend>
            <h2>Meetings and mentors</h2>
          </legend>
          <WholeNumberField
            label="Default keep-in-touch cadence (days)"
            hint="New mentors start with this; each mentor can have their own."
            min={1}
            max={365}
            value={settings.data.defaultCadenceDays}
            onSave={(days) => update.mutate({ defaultCadenceDays: days })}
          />
          <WholeNumberField
            label="Default meeting length (minutes)"
            hint="A new meeting starts with this length, unless the mentorship agreement says otherwise."
            min={5}
            max={480}
            value={settings.data.defaultMeetingMinutes}
            onSave={(minutes) => update.mutate({ defaultMeetingMinutes: minutes })}
          />
          <p role="status">{update.isSuccess && 'Saved.'}</p>
        </fieldset>
      )}
      <DateTimeSettings />
      <ReminderSettings />
      <CalendarSettings />
      <SyncSettings />
      <ExportSettings />
      <BackupSettings />
      {info.data && (
        <section className="section" aria-labelledby="settings-about">
        <h2 id="settings-about">About</h2>
        <dl className="about">
          <dt>Version</dt>
          <dd>{info.data.version}</dd>
          <dt>Data file</dt>
          <dd data-testid="database-path">{info.data.databasePath}</dd>
          <dt>Schema version</dt>
          <dd>{info.data.schemaVersion}</dd>
        </dl>
        </section>
      )}
    </section>
  );
}

