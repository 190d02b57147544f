import { useState } from 'react';
import type { ExportFormat, ExportSelection } from '../../../electron/core/export/types';
import { useExportMeetings, useShowInFolder } from '../api/export';
import { transportKind } from '../api/transport';
import { ErrorMessage } from './ErrorMessage';
import { plural, pluralWord } from '../../../electron/core/plural';

const FORMATS: { value: ExportFormat | 'pdf'; label: string; desktopOnly?: boolean }[] = [
  { value: 'markdown', label: 'Markdown (one file)' },
  { value: 'markdown-files', label: 'Markdown (one file per meeting)' },
  { value: 'html', label: 'Printable web page (HTML)' },
  { value: 'pdf', label: 'PDF', desktopOnly: true },
  { value: 'ics', label: 'Calendar (ICS)' },
];

function download(name: string, mimeType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Progress = { done: number; total: number } | null;

const progressText = (progress: Progress) =>
  progress ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} ${pluralWord(progress.total, 'meeting')} written` : 'Starting the export…';

/** The bar of meetings written and the way to stop, while an export runs (its words are in the status). */
function ExportProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  return (
    <span className="row export-progress">
      <progress aria-label="Export progress" max={progress?.total || undefined} value={progress?.total ? progress.done : undefined} />
      <button type="button" onClick={onCancel}>
        Cancel export
      </button>
    </span>
  );
}

/** Export meetings: desktop saves through the native dialog (then "show in folder"); the browser downloads. */
export function ExportMenu({ selection, label = 'Export' }: { selection: ExportSelection; label?: string }) {
  const desktop = transportKind === 'ipc';
  const formats = FORMATS.filter((f) => desktop || !f.desktopOnly);
  const [format, setFormat] = useState<ExportFormat | 'pdf'>('markdown');
  const exporting = useExportMeetings();
  const show = useShowInFolder();
  const run = async () => {
    const result = await exporting.mutateAsync({ selection, format, save: desktop });
    for (const file of result.files ?? []) download(file.name, file.mimeType, file.content);
  };
  const result = exporting.data;
  const status = exporting.isPending
    ? progressText(exporting.progress)
    : result?.cancelled
      ? 'Export cancelled. Nothing was saved.'
      : result?.saved
        ? `Saved ${plural(result.saved.paths.length, 'file')}.`
        : result?.files
          ? 'Downloaded.'
          : '';
  return (
    <div className="row export-menu">
      <select aria-label={`${label} format`} value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)} style={{ width: 'auto' }}>
        {formats.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void run().catch(() => undefined)} disabled={exporting.isPending}>
        {exporting.isPending ? 'Exporting…' : desktop ? `${label}…` : `${label} (download)`}
      </button>
      {/* Mounted before anything is said in it, so a screen reader hears what changes. */}
      <span role="status">{status}</span>
      {exporting.isPending && <ExportProgress progress={exporting.progress} onCancel={exporting.cancel} />}
      {result?.saved && (
        <button type="button" onClick={() => show.mutate(result.saved!.paths[0])}>
          Show in folder
        </button>
      )}
      {!desktop && format === 'html' && <span className="muted">For a PDF, open the downloaded page and print it to PDF.</span>}
      <ErrorMessage error={exporting.error ?? show.error} />
    </div>
  );
}
