// Sandboxed preload: exposes the API transport and the file bridge, typed by their contracts, and nothing of Node or
// Electron.
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiTransport } from '../../shared/api/contract';
import { FILE_CHANNELS, type FileBridge } from '../../shared/platform/files';

const api: ApiTransport = {
  invoke: (method, input) => ipcRenderer.invoke('waspada:invoke', method, input),
};

// Native save/open dialogs; main shows them and reads or writes the file (electron/main/file-dialogs.ts).
const files: FileBridge = {
  save: (request) => ipcRenderer.invoke(FILE_CHANNELS.save, request),
  open: (request) => ipcRenderer.invoke(FILE_CHANNELS.open, request),
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('waspadaFiles', files);
