import { formatDateTime } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import type { BatchSummary } from '../../../shared/import/preview';
import { batchUndone } from '../store/actions/layer-actions';
import { useWaspada } from '../store/store';

/** What a batch stored, in words: its layer's name, or "laporan". */
function batchContent(batch: BatchSummary): string {
  return batch.kind === 'layer' ? (batch.layerName ?? 'lapisan') : 'laporan';
}

/**
 * Import history with provenance; a batch can be undone whole, and an undone one stays listed, marked with when.
 * Refreshed with the layers (layer-actions).
 */
export function BatchHistory() {
  const status = useWaspada((s) => s.batchesStatus);
  const batches = useWaspada((s) => s.batches);
  if (status === 'loading') return <p className="empty">Memuat riwayat impor…</p>;
  // Why it failed, and what to do, is in the error notice.
  if (status === 'failed') return <p className="empty">Riwayat impor tidak tersedia.</p>;
  if (batches.length === 0) return <p className="empty">Belum ada impor.</p>;
  return (
    <ul className="batches">
      {batches.map((b) => (
        <li key={b.id} className={b.undoneAt ? 'undone' : undefined}>
          <span>
            <strong>Batch {b.id}</strong> · {b.fileName} · {batchContent(b)} · {formatNumber(b.rowsStored)} baris ·{' '}
            {formatDateTime(new Date(b.createdAt))}
          </span>
          {b.undoneAt ? (
            <span>dibatalkan {formatDateTime(new Date(b.undoneAt))}</span>
          ) : (
            <button
              type="button"
              onClick={() => {
                if (
                  window.confirm(
                    `Batalkan batch ${b.id} (${b.fileName})? Semua ${formatNumber(b.rowsStored)} baris yang ` +
                      `diimpornya dihapus.`,
                  )
                )
                  void batchUndone(b.id);
              }}
            >
              Batalkan
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
