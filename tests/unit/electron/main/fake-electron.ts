// A stand-in for the `electron` module, faithful to the parts the shell uses: events are emitted the way Electron
// emits them (navigation events carry a preventDefault, IPC events carry sender and senderFrame, frames have url,
// parent and top), and every registration is kept so a test can drive it and read the outcome.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

/** How the fake app launches. */
export interface FakeLaunch {
  userData: string;
  isPackaged: boolean;
  /** What requestSingleInstanceLock() answers: false when another instance already runs. */
  singleInstanceLock: boolean;
}

/** A frame as Electron's WebFrameMain exposes it: a URL, its parent (null for a top frame) and its top frame. */
export class FakeFrame {
  readonly top: FakeFrame;
  constructor(
    readonly url: string,
    readonly parent: FakeFrame | null = null,
  ) {
    this.top = parent ? parent.top : this;
  }

  /** A subframe (an iframe) of this frame. */
  child(url: string): FakeFrame {
    return new FakeFrame(url, this);
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (contents: unknown, permission: string, origin: string) => boolean;
type IpcListener = (event: { sender: unknown; senderFrame: FakeFrame | null }, ...args: unknown[]) => unknown;

/** Builds one fake `electron` module and the record of what the shell did with it. */
export function createFakeElectron(launch: FakeLaunch) {
  const record = {
    windows: [] as FakeBrowserWindow[],
    quitCalled: false,
    errorBoxes: [] as { title: string; content: string }[],
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, IpcListener>(),
    applicationMenu: null as { template: MenuItem[] } | null,
    requestFilter: null as RequestListener | null,
    permissionRequest: null as PermissionRequest | null,
    permissionCheck: null as PermissionCheck | null,
  };

  const app = Object.assign(new EventEmitter(), {
    name: 'Electron',
    isPackaged: launch.isPackaged,
    setName(name: string) {
      app.name = name;
    },
    getVersion: () => '0.0.0-test',
    getPath: (name: string) => (name === 'userData' ? launch.userData : join(launch.userData, name)),
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: () => launch.singleInstanceLock,
    quit() {
      record.quitCalled = true;
    },
  });

  class FakeWebContents extends EventEmitter {
    windowOpenHandler: WindowOpenHandler | null = null;
    sent: unknown[][] = [];
    devToolsOpen = false;
    mainFrame: FakeFrame | null = null;

    setWindowOpenHandler(handler: WindowOpenHandler) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, ...args: unknown[]) {
      this.sent.push([channel, ...args]);
    }
    openDevTools() {
      this.devToolsOpen = true;
      this.emit('devtools-opened');
    }
    closeDevTools() {
      this.devToolsOpen = false;
    }
    /** Emits a navigation-like event (will-navigate, will-redirect…) and answers whether a listener prevented it. */
    attempt(eventName: string, url: string): boolean {
      let prevented = false;
      this.emit(eventName, { url, preventDefault: () => (prevented = true) }, url);
      return prevented;
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    minimized = false;
    maximized = false;
    focused = false;
    visible = false;
    bounds: { x: number; y: number; width: number; height: number };

    constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      super();
      const { x = 100, y = 100, width = 800, height = 600 } = options as Record<string, number>;
      this.bounds = { x, y, width, height };
      record.windows.push(this);
      app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    }
    loadURL(url: string) {
      this.webContents.mainFrame = new FakeFrame(url);
      setImmediate(() => this.emit('ready-to-show'));
      return Promise.resolve();
    }
    show() {
      this.visible = true;
    }
    focus() {
      this.focused = true;
    }
    minimize() {
      this.minimized = true;
      this.focused = false;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.minimized = false;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    close() {
      this.emit('close', { preventDefault() {} });
      this.emit('closed');
    }
  }

  interface MenuItem {
    label?: string;
    role?: string;
    submenu?: MenuItem[];
    click?: () => void;
  }

  const defaultSession = {
    webRequest: {
      onBeforeRequest(filterOrListener: unknown, maybeListener?: RequestListener) {
        record.requestFilter = (maybeListener ?? filterOrListener) as RequestListener;
      },
    },
    setPermissionRequestHandler(handler: PermissionRequest) {
      record.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheck) {
      record.permissionCheck = handler;
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged(schemes: typeof record.privilegedSchemes) {
        record.privilegedSchemes = schemes;
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        record.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle(channel: string, listener: IpcListener) {
        // Electron throws when a channel gets a second handler.
        if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        record.ipcHandlers.set(channel, listener);
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => ({ template }),
      setApplicationMenu(menu: { template: MenuItem[] } | null) {
        record.applicationMenu = menu;
      },
    },
    dialog: {
      showErrorBox(title: string, content: string) {
        record.errorBoxes.push({ title, content });
      },
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(`os:${text}`),
      decryptString: (data: Buffer) => data.toString().replace(/^os:/, ''),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
  return { electron: { ...electron, default: electron }, record, app };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
