// Sandboxed preload: exposes the API transport and the menu bridge, typed by their contracts, and nothing of Node or
// Electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiTransport } from '../../shared/api/contract';
import { isMenuCommand, MENU_CHANNEL, type MenuBridge } from '../../shared/desktop/menu-commands';

const api: ApiTransport = {
  invoke: (method, input) => ipcRenderer.invoke('waspada:invoke', method, input),
};

// The native menu's choices (Impor, Ekspor, Cadangan…): the renderer only learns the command's name.
const menu: MenuBridge = {
  onCommand: (listener) => {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => ipcRenderer.off(MENU_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('waspadaMenu', menu);
