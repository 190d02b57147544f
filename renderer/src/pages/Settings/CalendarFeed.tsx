import { useChooseFeedFolder, useFeedInfo, usePublishFeed } from '../../api/calendars';
import { useUpdateSettings } from '../../api/system';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

/** Settings → Calendars → the feed the app publishes (meetings, prep alarms, what is due). */
export function CalendarFeed() {
  const info = useFeedInfo();
  const choose = useChooseFeedFolder();
  const publish = usePublishFeed();
  const update = useUpdateSettings();
  const invalidateAfter = { onSuccess: () => void info.refetch() };
  if (!info.data) return <ErrorMessage error={info.error} />;
  const feed = info.data;
  const browserAddress = `${window.location.origin}${feed.urlPath}`;
  return (
    <section aria-label="Calendar feed">
      <h3>Publish a calendar feed</h3>
      <p className="muted">
        Your planned meetings with a “prepare for …” alarm, commitments falling due, report-backs waiting and mentors to reconnect with — for the calendar on
        your phone or computer. It is rewritten whenever something changes.
      </p>
      <Field label="What meetings show">
        {(props) => (
          <select {...props} value={feed.detail} onChange={(e) => update.mutate({ calendarFeedDetail: e.currentTarget.value as 'titles' | 'agenda' }, invalidateAfter)} style={{ width: 'auto' }}>
            <option value="titles">Titles, times and places only</option>
            <option value="agenda">Also the agenda and a link to the prep brief</option>
          </select>
        )}
      </Field>
      {feed.canChooseFolder ? (
        <p>
          <button type="button" onClick={() => choose.mutate({}, invalidateAfter)} disabled={choose.isPending}>
            {feed.folder ? 'Choose another folder…' : 'Choose a folder for the feed…'}
          </button>{' '}
          {feed.filePath && <code data-testid="feed-file">{feed.filePath}</code>}
        </p>
      ) : (
        <Field label="Folder to keep the feed in" hint="A folder your phone’s calendar or a sync app reads; leave empty to publish only at the address below.">
          {(props) => <input {...props} defaultValue={feed.folder} onBlur={(e) => update.mutate({ calendarFeedFolder: e.currentTarget.value.trim() }, invalidateAfter)} />}
        </Field>
      )}
      {feed.folder && (
        <button type="button" onClick={() => publish.mutate({})} disabled={publish.isPending}>
          Write the feed now
        </button>
      )}
      <span role="status">{publish.data && ` Written to ${publish.data.filePath}.`}</span>
      {!feed.canChooseFolder && (
        <p>
          Address for calendar apps on this computer: <code data-testid="feed-address">{browserAddress}</code>
        </p>
      )}
      <ErrorMessage error={choose.error ?? publish.error ?? update.error} />
    </section>
  );
}
