import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayMenuItem, TrayModel } from '../core/reminders/tray-model';
import { trayIconPath } from './paths';

function toTemplate(items: TrayMenuItem[], onAction: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item) =>
    item.type === 'separator'
      ? { type: 'separator' }
      : {
          label: item.label,
          enabled: item.enabled,
          ...(item.submenu ? { submenu: toTemplate(item.submenu, onAction) } : {}),
          ...(item.action ? { click: () => onAction(item.action!) } : {}),
        },
  );
}

/** The tray icon: it only renders the core's tray model and forwards clicks. */
export function createTray(onAction: (action: TrayAction) => void, onClick: () => void) {
  const icons = { normal: nativeImage.createFromPath(trayIconPath(false)), alert: nativeImage.createFromPath(trayIconPath(true)) };
  if (icons.normal.isEmpty()) console.error(`[mentor-planner] the tray icon ${trayIconPath(false)} could not be read`);
  const tray = new Tray(icons.normal);
  tray.setToolTip('Mentor Planner');
  tray.on('click', onClick);
  return {
    update(model: TrayModel) {
      tray.setToolTip(model.tooltip);
      tray.setTitle(model.title);
      tray.setImage(model.overdue ? icons.alert : icons.normal);
      tray.setContextMenu(Menu.buildFromTemplate(toTemplate(model.menu, onAction)));
    },
    destroy: () => tray.destroy(),
  };
}
