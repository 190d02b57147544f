import { useAppInfo, useSettings, useUpdateSettings } from '../../api/system';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { BackupSettings } from './BackupSettings';
import { CalendarSettings } from './CalendarSettings';
import { ExportSettings } from './ExportSettings';
import { ReminderSettings } from './ReminderSettings';

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
          <legend>Meetings and mentors</legend>
          <label>
            Default keep-in-touch cadence (days)
            <input
              type="number"
              min={1}
              max={365}
              defaultValue={settings.data.defaultCadenceDays}
              onBlur={(e) => update.mutate({ defaultCadenceDays: Number(e.currentTarget.value) })}
            />
          </label>
          {update.isSuccess && <span role="status"> Saved.</span>}
        </fieldset>
      )}
      <ReminderSettings />
      <CalendarSettings />
      <ExportSettings />
      <BackupSettings />
      {info.data && (
        <dl className="about">
          <dt>Version</dt>
          <dd>{info.data.version}</dd>
          <dt>Data file</dt>
          <dd data-testid="database-path">{info.data.databasePath}</dd>
          <dt>Schema version</dt>
          <dd>{info.data.schemaVersion}</dd>
        </dl>
      )}
    </section>
  );
}
