// Sandboxed preload: exposes the API transport, the file bridge and the menu bridge, typed by their contracts, and
// nothing of Node or Electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiTransport } from '../../shared/api/contract';
import { isMenuCommand, MENU_CHANNEL, type MenuBridge } from '../../shared/desktop/menu-commands';
import { FILE_CHANNELS, type FileBridge } from '../../shared/platform/files';

const api: ApiTransport = {
  invoke: (method, input) => ipcRenderer.invoke('waspada:invoke', method, input),
};

// Native save/open dialogs; main shows them and reads or writes the file (electron/main/file-dialogs.ts).
const files: FileBridge = {
  save: (request) => ipcRenderer.invoke(FILE_CHANNELS.save, request),
  open: (request) => ipcRenderer.invoke(FILE_CHANNELS.open, request),
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
contextBridge.exposeInMainWorld('waspadaFiles', files);
contextBridge.exposeInMainWorld('waspadaMenu', menu);
