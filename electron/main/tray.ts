import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayMenuItem, TrayModel } from '../core/reminders/tray-model';

// 32×32 tray icons drawn in code (a blue disc; the alert variant adds a red dot), so no binary assets ship.
const TRAY_ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAZ0lEQVR42u3X0Q0AEAxF0Q5jJxObiwGEoNo+8SS+7/miFXntpFzq7IZETTGncTVCG1ZBbse3EFbxZUQowDo+RXjFh4i/Ad7xDkEAAQSEA/gSQgDCv2NORDBDKcRYDrGYwKxmEMup5Wn6YkiPgJ7xJwAAAABJRU5ErkJggg==';
const TRAY_ICON_ALERT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAg0lEQVR42u3XuQ2AMAxA0UxClYKNmDhbZJfQIkMc8C3hSG75T0IcLsX49H0brAvUow1ssDAcsegbDBlAjV8RT/ElghuG4xr/BNCIQ4jqPac+JSZxFGEVnyL+DbCO3xAJSEAC3AH5JgwBcP8ch/ghCQHQRIhuQKpx6cWEfVzjUstp2HMCHgOEDRhqH6cAAAAASUVORK5CYII=';

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
  const icons = { normal: nativeImage.createFromDataURL(TRAY_ICON), alert: nativeImage.createFromDataURL(TRAY_ICON_ALERT) };
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
