import { useEffect } from 'react';
import type { MenuBridge } from '../../../shared/desktop/menu-commands';
import { isWorkbookName } from '../../../shared/import/workbook-files';
import { pickedFromFile } from '../platform/browser-files';
import { importDialogOpened, importFileChosen } from '../store/actions/import-actions';
import { menuCommandChosen } from '../store/actions/menu-actions';
import { guarded } from '../store/actions/notify';
import { useWaspada } from '../store/store';

declare global {
  interface Window {
    /** The native menu's commands, set by the Electron preload; absent in the browser shell. */
    waspadaMenu?: MenuBridge;
  }
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
  const file = [...event.dataTransfer.files].find((f) => isWorkbookName(f.name));
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
  useEffect(() => window.waspadaMenu?.onCommand((command) => void menuCommandChosen(command)), []);
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
