import type { MenuCommand } from '../../../../shared/desktop/menu-commands';
import { safetyScreenOpened } from '../../safety/safety-actions';
import { aboutOpened } from './app-actions';
import { exportDialogOpened } from './export-actions';
import { importDialogOpened } from './import-actions';
import { state } from './notify';

/** What "Ekspor…" says when there is nothing to export yet. */
export const NO_LAYER_TO_EXPORT =
  'Belum ada lapisan yang ditampilkan di peta, jadi belum ada yang dapat diekspor. Pilih lapisan di panel Lapisan ' +
  '(atau impor buku kerja), lalu pilih Ekspor… lagi.';

/** The analyst chose an item of the native menu (Electron): each opens the dialog the renderer owns for it. */
export function menuCommandChosen(command: MenuCommand): Promise<void> {
  if (command === 'import') return importDialogOpened();
  if (command === 'about') return aboutOpened();
  if (command === 'export') {
    // "Ekspor…" exports the layer the map shows, as the legend's "Ekspor lampiran Excel…" does.
    if (state().activeLayerId) exportDialogOpened();
    else state().noticeShown({ kind: 'info', text: NO_LAYER_TO_EXPORT, subject: 'menu' });
    return Promise.resolve();
  }
  return safetyScreenOpened(command);
}
