import { useEffect } from 'react';
import type { MenuBridge, MenuCommand } from '../../../shared/desktop/menu-commands';
import { pickedFromFile } from '../platform/browser-files';
import { aboutOpened } from '../store/actions/app-actions';
import { importDialogOpened, importFileChosen } from '../store/actions/import-actions';
import { guarded } from '../store/actions/notify';
import { useWaspada } from '../store/store';
import { safetyScreenOpened } from './safety-actions';

declare global {
  interface Window {
    /** The native menu's commands, set by the Electron preload; absent in the browser shell. */
    waspadaMenu?: MenuBridge;
  }
}

/** Workbooks the import reads; anything else dropped on the window is refused with a message. */
const IMPORTABLE = /\.(xlsx|xlsm|xls|ods|csv)$/i;

/** What each native menu command opens. */
function runCommand(command: MenuCommand): void {
  if (command === 'import') void importDialogOpened();
  else if (command === 'about') void aboutOpened();
  else if (command === 'export') {
    // The export screens come with their own issue; until they land the menu says so instead of doing nothing.
    useWaspada.getState().noticeShown({ kind: 'info', text: 'Ekspor belum tersedia di versi ini.' });
  } else void safetyScreenOpened(command);
}

/** Dragging files over the window: say a drop is welcome (otherwise the browser would open the file itself). */
function allowDrop(event: DragEvent): void {
  if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
}

/**
 * A workbook dropped anywhere on the window goes to the import dialog. A drop the import dialog's own drop zone already
 * took (defaultPrevented) is left alone, and nothing is imported while the store is locked or read-only.
 */
function importDropped(event: DragEvent): void {
  if (!event.dataTransfer?.types.includes('Files') || event.defaultPrevented) return;
  event.preventDefault();
  const state = useWaspada.getState();
  if (state.storeStatus?.state !== 'open') return;
  const file = [...event.dataTransfer.files].find((f) => IMPORTABLE.test(f.name));
  if (!file) {
    state.noticeShown({
      kind: 'error',
      text: 'Hanya buku kerja .xlsx, .xlsm, .xls, .ods atau .csv yang dapat diimpor dengan diseret ke jendela.',
    });
    return;
  }
  void guarded(async () => {
    if (state.dialog !== 'import') await importDialogOpened();
    await importFileChosen(await pickedFromFile(file));
  });
}

/** Wires the desktop conventions the renderer owns: the native menu's commands and files dropped on the window. */
export function DesktopBridge() {
  useEffect(() => window.waspadaMenu?.onCommand(runCommand), []);
  useEffect(() => {
    window.addEventListener('dragover', allowDrop);
    window.addEventListener('drop', importDropped);
    return () => {
      window.removeEventListener('dragover', allowDrop);
      window.removeEventListener('drop', importDropped);
    };
  }, []);
  return null;
}
