import { useState } from 'react';
import type { ExportFormat, ExportSelection } from '../../../electron/core/export/types';
import { useExportFiles, useSaveExport, useShowInFolder } from '../api/export';
import { transportKind } from '../api/transport';
import { ErrorMessage } from './ErrorMessage';
import { plural } from '../../../electron/core/plural';

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

/** Export meetings: desktop saves through the native dialog (then "show in folder"); the browser downloads. */
export function ExportMenu({ selection, label = 'Export' }: { selection: ExportSelection; label?: string }) {
  const desktop = transportKind === 'ipc';
  const formats = FORMATS.filter((f) => desktop || !f.desktopOnly);
  const [format, setFormat] = useState<ExportFormat | 'pdf'>('markdown');
  const files = useExportFiles();
  const save = useSaveExport();
  const show = useShowInFolder();
  const busy = files.isPending || save.isPending;
  const run = async () => {
    if (desktop) {
      save.mutate({ selection, format });
      return;
    }
    const result = await files.mutateAsync({ selection, format: format as ExportFormat });
    for (const file of result) download(file.name, file.mimeType, file.content);
  };
  return (
    <div className="row export-menu">
      <select aria-label={`${label} format`} value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)} style={{ width: 'auto' }}>
        {formats.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void run().catch(() => undefined)} disabled={busy}>
        {busy ? 'Exporting…' : desktop ? `${label}…` : `${label} (download)`}
      </button>
      {/* Mounted before anything is said in it, so a screen reader hears what changes. */}
      <span role="status">{save.data ? `Saved ${plural(save.data.paths.length, 'file')}.` : files.isSuccess && !desktop ? 'Downloaded.' : ''}</span>
      {save.data && (
        <button type="button" onClick={() => show.mutate(save.data!.paths[0])}>
          Show in folder
        </button>
      )}
      {!desktop && format === 'html' && <span className="muted">For a PDF, open the downloaded page and print it to PDF.</span>}
      <ErrorMessage error={files.error ?? save.error ?? show.error} />
    </div>
  );
}
