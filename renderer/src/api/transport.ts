import type { OperationName, PlannerContract } from '../../../electron/core/contract';
import type { CallResult, PlannerErrorPayload } from '../../../electron/core/errors';
import type { PlannerEvent } from '../../../electron/core/events';
import type { InputOf, ResultOf } from '../../../electron/core/operation';
import type { PlannerBridge } from '../../../electron/preload/api';

declare global {
  interface Window {
    planner?: PlannerBridge;
  }
}

/** A typed failure from the core, thrown by `call` so react-query and error boundaries see it. */
export class PlannerClientError extends Error implements PlannerErrorPayload {
  readonly code: PlannerErrorPayload['code'];
  readonly issues?: PlannerErrorPayload['issues'];
  constructor(payload: PlannerErrorPayload) {
    super(payload.message);
    this.name = 'PlannerClientError';
    this.code = payload.code;
    this.issues = payload.issues;
  }
}

interface Transport {
  kind: 'ipc' | 'http';
  invoke(name: string, input: unknown): Promise<CallResult<unknown>>;
  onEvent(listener: (event: PlannerEvent) => void): () => void;
  /** Hears one export's progress until the returned function is called. */
  followExport(jobId: string, listener: (progress: ExportProgress) => void): () => void;
  /** Browser mode only: sends a backup file as a stream and restores it; progress is the share uploaded (0…1). */
  uploadBackup?(file: File, mode: 'replace' | 'merge', onProgress: (share: number) => void): Promise<CallResult<unknown>>;
}

export type ExportProgress = Extract<PlannerEvent, { type: 'export' }>;

const exportsOnly = (jobId: string, listener: (progress: ExportProgress) => void) => (event: PlannerEvent) => {
  if (event.type === 'export' && event.jobId === jobId) listener(event);
};

/**
 * Browser mode's push channel: the server's event stream, read with fetch (it carries the token, which
 * EventSource cannot), open only while something listens, so an idle page holds no connection open.
 */
function streamEvents(token: string, listener: (event: PlannerEvent) => void): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetch('/api/events', { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
      if (!response.ok || !response.body) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let pending = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        pending += value;
        for (let end = pending.indexOf('\n\n'); end >= 0; end = pending.indexOf('\n\n')) {
          const message = pending.slice(0, end);
          pending = pending.slice(end + 2);
          if (message.startsWith('data: ')) listener(JSON.parse(message.slice(6)) as PlannerEvent);
        }
      }
    } catch {
      // Stopped (the export ended) or the server went away: the export's own call reports that.
    }
  })();
  return () => controller.abort();
}

const NOT_ANSWERING = 'Mentor Planner’s browser-mode server is not answering. Check that npm run start:web is still running in its terminal, then reload this tab.';

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function uploadWithProgress(url: string, token: string, body: File, onProgress: (share: number) => void): Promise<CallResult<unknown>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as CallResult<unknown>);
      } catch {
        resolve({ ok: false, error: { code: 'INTERNAL', message: NOT_ANSWERING } });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: { code: 'INTERNAL', message: NOT_ANSWERING } });
    xhr.send(body);
  });
}

/**
 * The address `npm run start:web` prints carries the token once; it moves to this tab's session storage
 * and leaves the address bar (and so the history, bookmarks and anything the URL is shared with).
 */
function takeTokenFromAddress(): string {
  const url = new URL(window.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    sessionStorage.setItem('planner-token', fromAddress);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem('planner-token') ?? '';
}

function httpTransport(): Transport {
  const token = takeTokenFromAddress();
  return {
    kind: 'http',
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: NOT_ANSWERING } };
      }
      return (await response.json()) as CallResult<unknown>;
    },
    onEvent: () => () => undefined,
    followExport: (jobId, listener) => streamEvents(token, exportsOnly(jobId, listener)),
    uploadBackup: (file, mode, onProgress) =>
      uploadWithProgress(`/api/upload/backup?${new URLSearchParams({ mode, name: file.name })}`, token, file, onProgress),
  };
}

function pickTransport(): Transport {
  const bridge = window.planner;
  if (bridge) {
    return {
      kind: 'ipc',
      invoke: (name, input) => bridge.invoke(name as OperationName, input as never),
      onEvent: bridge.onEvent,
      followExport: (jobId, listener) => bridge.onEvent(exportsOnly(jobId, listener)),
    };
  }
  return httpTransport();
}

const transport = pickTransport();
export const transportKind = transport.kind;
export const onPlannerEvent = transport.onEvent;
export const followExport = transport.followExport;

/** Calls one contract operation; resolves with its result or throws PlannerClientError. */
export async function call<N extends OperationName>(
  name: N,
  ...args: undefined extends InputOf<PlannerContract[N]> ? [input?: InputOf<PlannerContract[N]>] : [input: InputOf<PlannerContract[N]>]
): Promise<ResultOf<PlannerContract[N]>> {
  const result = await transport.invoke(name, args[0]);
  if (!result.ok) throw new PlannerClientError(result.error);
  return result.value as ResultOf<PlannerContract[N]>;
}

type RestoreFileResult = ResultOf<PlannerContract['backup.restoreFile']>;

/**
 * Restores a backup file the user picked in the page, uploaded as a stream with progress — where the
 * transport can (browser mode). Undefined on the desktop, where `backup.restoreFile` opens the dialog.
 */
export const uploadBackup = transport.uploadBackup
  ? async (file: File, mode: 'replace' | 'merge', onProgress: (share: number) => void): Promise<RestoreFileResult> => {
      const result = await transport.uploadBackup!(file, mode, onProgress);
      if (!result.ok) throw new PlannerClientError(result.error);
      return result.value as RestoreFileResult;
    }
  : undefined;
