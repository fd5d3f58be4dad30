import { formatNumber } from '../../../../shared/format/number';
import type { ImportCommitResult } from '../../../../shared/import/preview';
import { reloadLayers } from './layer-actions';
import { guarded, state } from './notify';

/** How a dialog stores its rows as one batch (the import dialog's file, the merge dialog's files). */
export interface BatchCommit {
  /** The dialog's notice subject: its notices go once the batch is stored. */
  subject: string;
  commit(): Promise<ImportCommitResult>;
  /** Marks the dialog as storing (its Save button says "Menyimpan…") and no longer. */
  committing(on: boolean): void;
  /** Forgets what the dialog was storing. */
  stored(): void;
}

/**
 * Stores a dialog's rows as one batch. A refusal (nothing stored) is the dialog's error notice and the dialog stays;
 * once stored the dialog closes, the map shows the batch's layer and a notice says what was kept.
 */
export function batchCommitted({ subject, commit, committing, stored }: BatchCommit): Promise<void> {
  committing(true);
  return guarded(
    async () => {
      try {
        const result = await commit();
        if (result.status === 'rejected') {
          state().noticeShown({ kind: 'error', text: result.messages.join(' '), subject });
          return;
        }
        stored();
        state().noticesCleared(subject);
        state().dialogClosed();
        await reloadLayers(result.layerId ?? state().activeLayerId);
        const what = result.layerId ? 'nilai lapisan' : 'laporan';
        const text = `Tersimpan sebagai batch ${result.batchId}: ${formatNumber(result.rows.stored)} ${what}.`;
        state().noticeShown({ kind: 'info', text });
      } finally {
        committing(false);
      }
    },
    { subject, fallback: 'Penyimpanan gagal; basis data tidak diubah. Coba lagi.' },
  );
}
