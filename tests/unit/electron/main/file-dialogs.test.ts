import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  registerFileDialogs,
  type DialogInvokeEvent,
  type NativeDialogs,
} from '../../../../electron/main/file-dialogs';
import { tempDir } from '../../helpers/temp-core';

// Electron cannot run here: the window, ipcMain and dialog are small stand-ins with the same shape, and the files
// are real files in a temp folder.
interface FakeWindow {
  webContents: object;
}
type SaveDialogOptions = Parameters<NativeDialogs<FakeWindow>['showSaveDialog']>[1];
type OpenDialogOptions = Parameters<NativeDialogs<FakeWindow>['showOpenDialog']>[1];

const APP_URL = 'app://waspada/index.html';

/** What the stand-in native dialog answers, and what it was asked. */
let answer: { canceled: boolean; filePath?: string; filePaths?: string[] };
let asked: (SaveDialogOptions | OpenDialogOptions)[];
let folder: string;
let window: FakeWindow;
let handlers: Map<string, (event: DialogInvokeEvent, request: unknown) => Promise<unknown>>;

const dialogs: NativeDialogs<FakeWindow> = {
  async showSaveDialog(_window, options) {
    asked.push(options);
    return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
  },
  async showOpenDialog(_window, options) {
    asked.push(options);
    return { canceled: answer.canceled, filePaths: answer.filePaths ?? [] };
  },
};

/** An invoke from the app window's top frame (or from elsewhere, by overriding). */
function fromApp(overrides: Partial<DialogInvokeEvent> = {}): DialogInvokeEvent {
  const frame = { url: APP_URL, top: null as unknown };
  frame.top = frame;
  return { sender: window.webContents, senderFrame: frame, ...overrides };
}

function invoke(channel: string, request: unknown, event = fromApp()): Promise<unknown> {
  return handlers.get(channel)!(event, request);
}

beforeEach(() => {
  folder = tempDir();
  window = { webContents: {} };
  asked = [];
  answer = { canceled: true };
  handlers = new Map();
  registerFileDialogs({ handle: (channel, listener) => handlers.set(channel, listener) }, dialogs, () => window, {
    defaultDirectory: () => folder,
  });
});

describe('save dialog', () => {
  it('writes the text where the analyst chose and says where', async () => {
    answer = { canceled: false, filePath: join(folder, 'masalah.csv') };
    const result = await invoke('waspada:save-file', { suggestedName: 'ikp-masalah.csv', data: 'Baris;Pesan\n' });
    expect(result).toEqual({ ok: true, value: { saved: true, path: join(folder, 'masalah.csv') } });
    expect(readFileSync(join(folder, 'masalah.csv'), 'utf8')).toBe('Baris;Pesan\n');
  });

  it('writes bytes as they are, adding the extension a typed name lacks', async () => {
    answer = { canceled: false, filePath: join(folder, 'peta') };
    await invoke('waspada:save-file', { suggestedName: 'peta.png', data: new Uint8Array([137, 80, 78, 71]) });
    expect([...readFileSync(join(folder, 'peta.png'))]).toEqual([137, 80, 78, 71]);
  });

  it('starts in the default folder, then in the folder of the last save', async () => {
    const usb = join(folder, 'usb');
    mkdirSync(usb);
    answer = { canceled: false, filePath: join(usb, 'a.csv') };
    await invoke('waspada:save-file', { suggestedName: 'a.csv', data: 'x' });
    await invoke('waspada:save-file', { suggestedName: 'b.csv', data: 'y' });
    expect(asked.map((o) => (o as SaveDialogOptions).defaultPath)).toEqual([join(folder, 'a.csv'), join(usb, 'b.csv')]);
  });

  it('a cancelled dialog writes nothing', async () => {
    expect(await invoke('waspada:save-file', { suggestedName: 'a.csv', data: 'x' })).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('a folder that cannot be written says so and what to do', async () => {
    answer = { canceled: false, filePath: join(folder, 'tidak-ada', 'a.csv') };
    const result = (await invoke('waspada:save-file', { suggestedName: 'a.csv', data: 'x' })) as {
      error: { message: string };
    };
    expect(result.error.message).toBe(
      `Berkas tidak dapat disimpan ke ${join(folder, 'tidak-ada', 'a.csv')} (folder atau berkas tidak ada). ` +
        'Pilih folder lain.',
    );
  });

  it('a request that is not a save request is refused before any dialog shows', async () => {
    expect(await invoke('waspada:save-file', { suggestedName: '', data: 5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(asked).toEqual([]);
  });
});

describe('open dialog', () => {
  it('reads the chosen files whole, under their own names', async () => {
    writeFileSync(join(folder, 'ikp.xlsx'), 'PK\u0003\u0004');
    answer = { canceled: false, filePaths: [join(folder, 'ikp.xlsx')] };
    const result = (await invoke('waspada:open-files', { accept: ['.xlsx'] })) as {
      value: { name: string; bytes: Uint8Array }[];
    };
    expect(result.value.map((f) => [f.name, Buffer.from(f.bytes).toString()])).toEqual([
      ['ikp.xlsx', 'PK\u0003\u0004'],
    ]);
    expect((asked[0] as OpenDialogOptions).properties).toEqual(['openFile']);
  });

  it('a file larger than the caller accepts is refused before it is read', async () => {
    writeFileSync(join(folder, 'besar.xlsx'), Buffer.alloc(1024 * 1024 + 1));
    answer = { canceled: false, filePaths: [join(folder, 'besar.xlsx')] };
    expect(await invoke('waspada:open-files', { accept: ['.xlsx'], maxBytes: 1024 * 1024 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'besar.xlsx lebih dari 1 MB. Pilih berkas yang lebih kecil.' },
    });
  });

  it('a cancelled dialog opens no file', async () => {
    expect(await invoke('waspada:open-files', { accept: ['.geojson'], multiple: true })).toEqual({
      ok: true,
      value: [],
    });
    expect((asked[0] as OpenDialogOptions).properties).toEqual(['openFile', 'multiSelections']);
  });
});

describe('who may ask', () => {
  it('another window, an iframe or another page is refused and no dialog shows', async () => {
    const page = (url: string) => {
      const frame = { url, top: null as unknown };
      frame.top = frame;
      return frame;
    };
    const refused = [
      fromApp({ sender: {} }),
      fromApp({ senderFrame: { url: APP_URL, top: page(APP_URL) } }),
      fromApp({ senderFrame: page('https://contoh.id/') }),
    ];
    for (const event of refused)
      expect(await invoke('waspada:open-files', { accept: ['.xlsx'] }, event)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHORIZED' },
      });
    expect(asked).toEqual([]);
  });

  it('with no app window there is no one to ask', async () => {
    handlers = new Map();
    registerFileDialogs({ handle: (channel, listener) => handlers.set(channel, listener) }, dialogs, () => null);
    expect(await invoke('waspada:save-file', { suggestedName: 'a.csv', data: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
  });
});
