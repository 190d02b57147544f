import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import { OUT_DIR } from '../helpers/paths';

/**
 * A test double of the `electron` module, faithful to the parts the shell uses: it records what the
 * shell asks for (windows and their options, IPC handlers, session policies, tray, menus, notifications)
 * and lets tests play the user's and the OS's part (fire events, invoke handlers, click menu items).
 */
export function createElectronDouble(options: { userData: string; appPath: string }) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    readyResolved: false,
    quitCalled: false,
    exitCode: null as number | null,
    loginItem: { openAtLogin: false },
    _ready: null as null | (() => void),
    whenReady(): Promise<void> {
      return new Promise((resolve) => {
        app._ready = resolve;
      });
    },
    requestSingleInstanceLock: () => true,
    paths: new Map<string, string>(),
    getPath: (name: string) => app.paths.get(name) ?? (name === 'userData' ? options.userData : path.join(options.userData, name)),
    setPath: (name: string, value: string) => {
      if (app.readyResolved && name === 'userData') throw new Error('userData must be set before the app is ready');
      app.paths.set(name, value);
    },
    getAppPath: () => options.appPath,
    getVersion: () => '0.0.0-double',
    getName: () => 'Mentor Planner',
    setAppUserModelId: () => undefined,
    quit: () => {
      app.quitCalled = true;
      app.emit('before-quit');
      app.emit('will-quit');
    },
    exit: (code = 0) => {
      app.exitCode = code;
    },
    focus: () => undefined,
    setLoginItemSettings: (settings: { openAtLogin: boolean }) => {
      app.loginItem = settings;
    },
    getLoginItemSettings: () => app.loginItem,
    dock: { setBadge: () => undefined, hide: () => undefined, show: () => undefined },
  });

  class WebContents extends EventEmitter {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    sent: { channel: string; payload: unknown }[] = [];
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload });
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
    static fromWebContents = (contents: WebContents) => windows.find((w) => w.webContents === contents) ?? null;
    webContents = new WebContents();
    loadedUrl: string | null = null;
    visible = false;
    destroyed = false;
    minimized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      queueMicrotask(() => this.emit('ready-to-show'));
    }
    async loadFile(file: string) {
      return this.loadURL(`file://${file}`);
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
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.destroy();
    }
    destroy() {
      this.destroyed = true;
      this.emit('closed');
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

  const trays: Tray[] = [];
  class Tray extends EventEmitter {
    tooltip = '';
    title = '';
    image: unknown;
    menu: Menu | null = null;
    destroyed = false;
    constructor(image: unknown) {
      super();
      this.image = image;
      trays.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setTitle(text: string) {
      this.title = text;
    }
    setImage(image: unknown) {
      this.image = image;
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
    close() {}
  }

  const nativeImage = {
    createFromPath: (p: string) => ({ path: p, isEmpty: () => false, resize: () => ({ path: p }) }),
    createFromDataURL: (url: string) => ({ dataUrl: url, isEmpty: () => false }),
    createEmpty: () => ({ isEmpty: () => true }),
  };

  const powerMonitor = new EventEmitter();
  const dialog = {
    showErrorBox: (title: string, content: string) => errorBoxes.push({ title, content }),
    showSaveDialog: async () => ({ canceled: true, filePath: undefined as string | undefined }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] as string[] }),
    showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
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
  const clipboard = { text: '', writeText: (t: string) => (clipboard.text = t), readText: () => clipboard.text };

  const electron = {
    app,
    BrowserWindow,
    ipcMain,
    session: { defaultSession },
    shell,
    dialog,
    Tray,
    Menu,
    Notification,
    nativeImage,
    powerMonitor,
    clipboard,
    contextBridge: { exposeInMainWorld: () => undefined },
    ipcRenderer: new EventEmitter(),
  };

  return {
    electron,
    windows,
    ipcHandlers,
    sessionPolicy,
    openedExternally,
    errorBoxes,
    trays,
    menus: Menu.built,
    notifications,
    powerMonitor,
    /** Fires app 'ready', as Electron does once it has initialised. */
    ready() {
      app._ready?.();
    },
  };
}

export type ElectronDouble = ReturnType<typeof createElectronDouble>;

/** Loads the built main bundle with `require('electron')` answered by the double. */
export function loadMainBundle(double: ElectronDouble, bundle = path.join(OUT_DIR, 'main', 'index.js')) {
  const nodeRequire = createRequire(__filename);
  const electronId = nodeRequire.resolve('electron');
  nodeRequire.cache[electronId] = { id: electronId, filename: electronId, loaded: true, exports: double.electron } as NodeJS.Module;
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
