import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

/**
 * The app's own menu (Electron's default one has Reload and DevTools): Edit for copy/paste/undo in every
 * field, View for zoom, Help. Reload and DevTools only in development.
 */
export function applicationMenuTemplate(isMac = process.platform === 'darwin'): MenuItemConstructorOptions[] {
  const development: MenuItemConstructorOptions[] = app.isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Show My Data Folder', click: () => void shell.openPath(app.getPath('userData')) },
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'about' } as MenuItemConstructorOptions]),
      ],
    },
  ];
}

export function installApplicationMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate()));
}
