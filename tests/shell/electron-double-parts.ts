import fs from 'node:fs';

// Electron 45's BrowserWindow constructor options and webPreferences (the ones an app of this kind
// could use). Electron itself ignores a misspelt option silently; the double makes it an error so a
// typo in a security setting cannot pass.
export const KNOWN_WINDOW_OPTIONS = new Set([
  'width', 'height', 'x', 'y', 'useContentSize', 'center', 'minWidth', 'minHeight', 'maxWidth', 'maxHeight',
  'resizable', 'movable', 'minimizable', 'maximizable', 'closable', 'focusable', 'alwaysOnTop', 'fullscreen',
  'fullscreenable', 'skipTaskbar', 'title', 'icon', 'show', 'paintWhenInitiallyHidden', 'frame', 'parent',
  'modal', 'acceptFirstMouse', 'disableAutoHideCursor', 'autoHideMenuBar', 'enableLargerThanScreen',
  'backgroundColor', 'hasShadow', 'opacity', 'darkTheme', 'transparent', 'type', 'titleBarStyle',
  'titleBarOverlay', 'trafficLightPosition', 'vibrancy', 'backgroundMaterial', 'zoomToPageWidth', 'tabbingIdentifier',
  'webPreferences',
]);
export const KNOWN_WEB_PREFERENCES = new Set([
  'devTools', 'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'preload', 'sandbox',
  'session', 'partition', 'zoomFactor', 'javascript', 'webSecurity', 'allowRunningInsecureContent', 'images',
  'imageAnimationPolicy', 'textAreasAreResizable', 'webgl', 'plugins', 'experimentalFeatures', 'scrollBounce',
  'enableBlinkFeatures', 'disableBlinkFeatures', 'defaultFontFamily', 'defaultFontSize', 'defaultMonospaceFontSize',
  'minimumFontSize', 'defaultEncoding', 'backgroundThrottling', 'offscreen', 'contextIsolation', 'webviewTag',
  'additionalArguments', 'safeDialogs', 'safeDialogsMessage', 'disableDialogs', 'navigateOnDragDrop', 'autoplayPolicy',
  'disableHtmlFullscreenWindowResize', 'accessibleTitle', 'spellcheck', 'enableWebSQL', 'v8CacheOptions',
  'enablePreferredSizeMode', 'transparent',
]);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface NativeImageDouble {
  path?: string;
  isEmpty(): boolean;
  isTemplateImage(): boolean;
  setTemplateImage(template: boolean): void;
}

function image(source: { path?: string; empty: boolean }): NativeImageDouble {
  let template = false;
  return {
    path: source.path,
    isEmpty: () => source.empty,
    isTemplateImage: () => template,
    setTemplateImage: (value: boolean) => {
      template = value;
    },
  };
}

/** nativeImage as Electron behaves: a missing or non-image file, or a data URL it cannot decode, is an empty image. */
export function createNativeImage() {
  const readable = (p: string) => {
    try {
      const head = fs.readFileSync(p).subarray(0, 8);
      return head.equals(PNG_SIGNATURE) || (p.endsWith('.ico') && head.readUInt16LE(2) === 1);
    } catch {
      return false;
    }
  };
  return {
    createFromPath: (p: string) => image({ path: p, empty: !readable(p) }),
    createFromDataURL: (url: string) => {
      const match = /^data:image\/png;base64,(.+)$/.exec(url);
      return image({ empty: !match || !Buffer.from(match[1], 'base64').subarray(0, 8).equals(PNG_SIGNATURE) });
    },
    createEmpty: () => image({ empty: true }),
  };
}
