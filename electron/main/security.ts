import { app, shell, type Session, type WebContents } from 'electron';
import { isExternalWebUrl, isMailtoUrl, isSameDocumentOrigin } from '../core/security/urls';
import { rendererUrl } from './window';

/** Denies every permission, new window, navigation and webview; http(s) links go to the OS browser. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Web links and mail drafts (report-back, follow-up emails) go to the OS; nothing opens inside the app.
    if (isExternalWebUrl(url) || isMailtoUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isSameDocumentOrigin(url, rendererUrl())) return;
    event.preventDefault();
    // A clicked mailto: link (a mentor's email) opens the mail client.
    if (isExternalWebUrl(url) || isMailtoUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isSameDocumentOrigin(url, rendererUrl())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function installAppWideSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** Only the app's own page (top frame) may call the core. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return !!frameUrl && isSameDocumentOrigin(frameUrl, rendererUrl());
}
