// Sandboxed preload: exposes exactly one function, typed by the API contract, and nothing of Node or Electron.
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiTransport } from '../../shared/api/contract';

const api: ApiTransport = {
  invoke: (method, input) => ipcRenderer.invoke('waspada:invoke', method, input),
};

contextBridge.exposeInMainWorld('api', api);
