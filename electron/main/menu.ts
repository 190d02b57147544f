import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

/**
 * The app's own menu (Electron's default one has Reload and DevTools): Edit for copy/paste/undo in every
 * field, View for zoom, Help. Reload and DevTools only in development.
 */
// The zoomIn role's own shortcut is Ctrl+Plus, which Electron reads as Ctrl+Shift+= : the Ctrl and "+" key
// press people make (Ctrl+=), and the keypad's +, − and 0, get hidden items of their own (as in browsers).
const zoomKeys = (
  [
    ['zoomIn', 'CommandOrControl+='],
    ['zoomIn', 'CommandOrControl+numadd'],
    ['zoomOut', 'CommandOrControl+numsub'],
    ['resetZoom', 'CommandOrControl+num0'],
  ] as const
).map(([role, accelerator]): MenuItemConstructorOptions => ({ role, accelerator, visible: false, acceleratorWorksWhenHidden: true }));

export function applicationMenuTemplate(isMac = process.platform === 'darwin'): MenuItemConstructorOptions[] {
  const development: MenuItemConstructorOptions[] = app.isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, ...zoomKeys, { type: 'separator' }, { role: 'togglefullscreen' }],
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
