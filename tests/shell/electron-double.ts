import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OUT_DIR } from '../helpers/paths';
import { createNativeImage, createSafeStorage, KNOWN_WINDOW_OPTIONS, KNOWN_WEB_PREFERENCES, type LinuxStorageBackend, type NativeImageDouble } from './electron-double-parts';

export interface ElectronDoubleOptions {
  userData: string;
  appPath: string;
  /** app.isPackaged (an installed build) */
  isPackaged?: boolean;
  /** Another instance already holds the single-instance lock. */
  lockHeldElsewhere?: boolean;
  /** The OS clipboard refuses writes (locked by another program). */
  clipboardFails?: boolean;
  /** Every page load fails (a damaged install, a missing file). */
  pageLoadsFail?: boolean;
  /** The OS keychain safeStorage finds: a Linux secret service (gnome_libsecret by default), or 'none' (Linux: 'basic_text'; macOS: no Keychain). */
  keychain?: LinuxStorageBackend | 'none';
}

/** A cancellable Electron event, as handlers receive it. */
const electronEvent = () => {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
};

/**
 * A test double of the `electron` module, faithful to Electron 45 where the shell depends on it, on the
 * platform `process.platform` says (the shell project runs once per platform): login items and tray
 * titles do nothing off macOS, notification actions show only on macOS, a data URL that is not a PNG
 * gives an empty image, quitting runs before-quit → windows close → will-quit → quit, the single-instance
 * lock can be refused, a page can fail to load, webContents.send structured-clones, safeStorage has a
 * keychain or not (Linux 'basic_text'), and an unknown BrowserWindow option is an error. It records what the shell asks for and lets tests play the user's
 * and the OS's part (fire events, invoke handlers, click menu items).
 */
export function createElectronDouble(options: ElectronDoubleOptions) {
  const platform = process.platform;
  const loginItems = new Map<string, { openAtLogin: boolean; path?: string; args?: string[] }>();
  const loginKey = (settings: { path?: string; args?: string[] } = {}) => JSON.stringify([settings.path ?? process.execPath, settings.args ?? []]);
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    readyResolved: false,
    quitCalled: false,
    quitting: false,
    quitFinished: false,
    exitCode: null as number | null,
    appUserModelId: null as string | null,
    _ready: null as null | (() => void),
    isReady: () => app.readyResolved,
    whenReady(): Promise<void> {
      return new Promise((resolve) => {
        app._ready = resolve;
      });
    },
    requestSingleInstanceLock: () => !options.lockHeldElsewhere,
    paths: new Map<string, string>(),
    getPath: (name: string) => app.paths.get(name) ?? (name === 'userData' ? options.userData : path.join(options.userData, name)),
    setPath: (name: string, value: string) => {
      if (app.readyResolved && name === 'userData') throw new Error('userData must be set before the app is ready');
      app.paths.set(name, value);
    },
    getAppPath: () => options.appPath,
    getVersion: () => '0.0.0-double',
    getName: () => 'Mentor Planner',
    setAppUserModelId: (id: string) => {
      app.appUserModelId = id;
    },
    /** Electron's sequence: before-quit (cancellable) → every window closes (each may cancel) → will-quit (cancellable) → quit. */
    quit: () => {
      app.quitCalled = true;
      if (app.quitFinished) return;
      const beforeQuit = electronEvent();
      app.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      app.quitting = true;
      for (const window of BrowserWindow.getAllWindows()) {
        window.close();
        if (!window.destroyed) {
          app.quitting = false;
          return;
        }
      }
      const willQuit = electronEvent();
      app.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) {
        app.quitting = false;
        return;
      }
      app.quitFinished = true;
      app.emit('quit', electronEvent(), 0);
    },
    exit: (code = 0) => {
      app.exitCode = code;
      app.quitFinished = true;
    },
    focus: () => undefined,
    /** Electron 45 keeps login items on macOS and Windows only; on Linux this does nothing. */
    setLoginItemSettings: (settings: { openAtLogin: boolean; path?: string; args?: string[] }) => {
      if (platform === 'linux') return;
      loginItems.set(platform === 'win32' ? loginKey(settings) : 'mac', settings);
    },
    getLoginItemSettings: (query?: { path?: string; args?: string[] }) => ({
      openAtLogin: (platform === 'win32' ? loginItems.get(loginKey(query)) : loginItems.get('mac'))?.openAtLogin ?? false,
    }),
    dock: platform === 'darwin' ? { setBadge: () => undefined, hide: () => undefined, show: () => undefined } : undefined,
  });

  // Custom schemes: registered as privileged before ready, handled after (Electron throws otherwise).
  const protocolState = {
    privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
    handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  };
  const protocol = {
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
      if (app.readyResolved) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      protocolState.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      if (!app.readyResolved) throw new Error('protocol.handle can only be used after the app is ready');
      if (protocolState.handlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`);
      protocolState.handlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme: string) => protocolState.handlers.has(scheme),
  };

  class WebContents extends EventEmitter {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    sent: { channel: string; payload: unknown }[] = [];
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    /** Like Electron, sends a structured clone: functions, symbols and class instances' methods do not cross. */
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload: structuredClone(payload) });
    }
    /** Plays a navigation attempt; returns whether the shell prevented it. */
    attemptNavigation(url: string, event = 'will-navigate'): boolean {
      let prevented = false;
      this.emit(event, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    }
    printToPDF = async () => Buffer.from('%PDF-1.4 double');
    isDestroyed = () => false;
    focus = () => undefined;
  }

  const windows: BrowserWindow[] = [];
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    static getFocusedWindow = () => windows.find((w) => !w.destroyed && w.visible) ?? null;
    static fromWebContents = (contents: WebContents) => windows.find((w) => w.webContents === contents) ?? null;
    webContents = new WebContents();
    loadedUrl: string | null = null;
    /** The page's HTML as the window received it (for a handled custom scheme). */
    loadedBody: string | null = null;
    visible = false;
    destroyed = false;
    minimized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      const unknown = Object.keys(options).filter((key) => !KNOWN_WINDOW_OPTIONS.has(key));
      const prefs = (options.webPreferences ?? {}) as Record<string, unknown>;
      unknown.push(...Object.keys(prefs).filter((key) => !KNOWN_WEB_PREFERENCES.has(key)).map((key) => `webPreferences.${key}`));
      if (unknown.length) throw new Error(`Unknown BrowserWindow option(s): ${unknown.join(', ')}`);
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    /** Like Electron: a page that cannot load rejects the promise and fires did-fail-load; nothing shows. */
    async loadURL(url: string) {
      this.loadedUrl = url;
      const fail = (code: string, errno: number) => {
        this.webContents.emit('did-fail-load', {}, errno, code, url, true);
        throw Object.assign(new Error(`${code} (${errno}) loading '${url}'`), { code, errno, url });
      };
      const scheme = new URL(url).protocol.slice(0, -1);
      const handler = protocolState.handlers.get(scheme);
      if (options.pageLoadsFail) fail('ERR_FAILED', -2);
      if (handler) {
        const response = await handler(new Request(url));
        if (!response.ok) fail('ERR_FILE_NOT_FOUND', -6);
        this.loadedBody = await response.text();
      } else if (scheme === 'file') {
        if (!fs.existsSync(fileURLToPath(url))) fail('ERR_FILE_NOT_FOUND', -6);
      } else if (scheme !== 'http' && scheme !== 'https') {
        fail('ERR_UNKNOWN_URL_SCHEME', -302);
      }
      queueMicrotask(() => this.emit('ready-to-show'));
    }
    async loadFile(file: string) {
      return this.loadURL(pathToFileURL(file).href);
    }
    show() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    focus() {}
    restore() {
      this.minimized = false;
    }
    isMinimized = () => this.minimized;
    isVisible = () => this.visible;
    isDestroyed = () => this.destroyed;
    close() {
      if (this.destroyed) return;
      const event = electronEvent();
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    }
    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      this.emit('closed');
      // The last window closing (not during a quit): window-all-closed, or quit if nobody listens.
      if (BrowserWindow.getAllWindows().length === 0 && !app.quitting) {
        if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
        else app.quit();
      }
    }
    setProgressBar() {}
  }

  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipcMain = Object.assign(new EventEmitter(), {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    },
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  });

  const sessionPolicy = {
    permissionRequestHandler: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
  };
  const defaultSession = {
    setPermissionRequestHandler: (h: typeof sessionPolicy.permissionRequestHandler) => (sessionPolicy.permissionRequestHandler = h),
    setPermissionCheckHandler: (h: typeof sessionPolicy.permissionCheckHandler) => (sessionPolicy.permissionCheckHandler = h),
    webRequest: { onHeadersReceived: () => undefined },
  };

  const openedExternally: string[] = [];
  const errorBoxes: { title: string; content: string }[] = [];
  const messageBoxes: { parent: BrowserWindow | null; options: Record<string, unknown> }[] = [];
  const saveDialogs: { parent: BrowserWindow | null; options: Record<string, unknown> }[] = [];

  const trays: Tray[] = [];
  class Tray extends EventEmitter {
    tooltip = '';
    title = '';
    image: NativeImageDouble;
    menu: Menu | null = null;
    destroyed = false;
    constructor(image: NativeImageDouble | string) {
      super();
      this.image = typeof image === 'string' ? nativeImage.createFromPath(image) : image;
      trays.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    /** macOS only (the text beside the menu-bar icon); elsewhere Electron ignores it. */
    setTitle(text: string) {
      if (platform === 'darwin') this.title = text;
    }
    setImage(image: NativeImageDouble | string) {
      this.image = typeof image === 'string' ? nativeImage.createFromPath(image) : image;
    }
    setContextMenu(menu: Menu) {
      this.menu = menu;
    }
    destroy() {
      this.destroyed = true;
    }
    isDestroyed = () => this.destroyed;
  }

  interface MenuItemOptions {
    label?: string;
    type?: string;
    role?: string;
    enabled?: boolean;
    click?: (...args: unknown[]) => void;
    submenu?: MenuItemOptions[] | Menu;
    id?: string;
  }
  class Menu {
    static built: Menu[] = [];
    static applicationMenu: Menu | null = null;
    constructor(readonly items: MenuItemOptions[]) {}
    static buildFromTemplate(template: MenuItemOptions[]) {
      for (const item of template) {
        if (!item.label && !item.role && item.type !== 'separator') throw new Error('Invalid template for MenuItem: must have at least one of label, role or type');
      }
      const menu = new Menu(template);
      Menu.built.push(menu);
      return menu;
    }
    static setApplicationMenu(menu: Menu | null) {
      Menu.applicationMenu = menu;
    }
  }

  const notifications: Notification[] = [];
  class Notification extends EventEmitter {
    static isSupported = () => true;
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      notifications.push(this);
    }
    show() {
      this.shown = true;
    }
    /** Buttons exist on macOS only; elsewhere the OS never fires 'action'. */
    clickAction(index = 0) {
      if (platform === 'darwin' && Array.isArray(this.options.actions) && this.options.actions[index]) this.emit('action', {}, index);
    }
    close() {}
  }

  const nativeImage = createNativeImage();

  const powerMonitor = new EventEmitter();
  const parentOf = (args: unknown[]) => (args.length > 1 ? (args[0] as BrowserWindow) : null);
  const dialog = {
    showErrorBox: (title: string, content: string) => errorBoxes.push({ title, content }),
    showSaveDialog: async (...args: unknown[]) => {
      saveDialogs.push({ parent: parentOf(args), options: args[args.length - 1] as Record<string, unknown> });
      return { canceled: true, filePath: undefined as string | undefined };
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] as string[] }),
    showMessageBox: async (...args: unknown[]) => {
      messageBoxes.push({ parent: parentOf(args), options: args[args.length - 1] as Record<string, unknown> });
      return { response: 0, checkboxChecked: false };
    },
  };
  const shell = {
    openExternal: async (url: string) => {
      openedExternally.push(url);
    },
    showItemInFolder: (p: string) => openedExternally.push(`folder:${p}`),
    openPath: async (p: string) => {
      openedExternally.push(`path:${p}`);
      return '';
    },
  };
  const safeStorage = createSafeStorage(platform, () => app.readyResolved, options.keychain ?? 'gnome_libsecret');
  const clipboard = {
    text: '',
    writeText: (t: string) => {
      if (options.clipboardFails) throw new Error('The clipboard is in use by another program');
      clipboard.text = t;
    },
    readText: () => clipboard.text,
  };

  const electron = {
    app,
    BrowserWindow,
    ipcMain,
    session: { defaultSession },
    protocol,
    shell,
    dialog,
    Tray,
    Menu,
    Notification,
    nativeImage,
    powerMonitor,
    clipboard,
    safeStorage,
    contextBridge: { exposeInMainWorld: () => undefined },
    ipcRenderer: new EventEmitter(),
  };

  return {
    electron,
    platform,
    windows,
    ipcHandlers,
    sessionPolicy,
    openedExternally,
    errorBoxes,
    messageBoxes,
    saveDialogs,
    trays,
    menus: Menu.built,
    applicationMenu: () => Menu.applicationMenu,
    notifications,
    powerMonitor,
    protocolState,
    safeStorage,
    /** Fires app 'ready', as Electron does once it has initialised. */
    ready() {
      app.readyResolved = true;
      app._ready?.();
    },
  };
}

export type ElectronDouble = ReturnType<typeof createElectronDouble>;

const moduleInternals = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const realResolve = moduleInternals._resolveFilename;

/**
 * Loads a built main bundle with `require('electron')` answered by the double, wherever the bundle lives
 * (the repo's out/ or an unpacked app folder without the electron package).
 */
export function loadMainBundle(double: ElectronDouble, bundle = path.join(OUT_DIR, 'main', 'index.js')) {
  const nodeRequire = createRequire(__filename);
  const electronId = nodeRequire.resolve('electron');
  nodeRequire.cache[electronId] = { id: electronId, filename: electronId, loaded: true, exports: double.electron } as NodeJS.Module;
  moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? electronId : realResolve.call(this, request, ...rest);
  };
  return nodeRequire(bundle);
}

export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
