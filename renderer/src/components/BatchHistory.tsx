import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import type { BatchSummary } from '../../../shared/import/preview';
import { call } from '../api/client';
import { batchUndone } from '../store/actions';
import { useWaspada } from '../store/store';

/** What a batch stored, in words: its layer's name, or "laporan". */
function batchContent(batch: BatchSummary): string {
  return batch.kind === 'layer' ? (batch.layerName ?? 'lapisan') : 'laporan';
}

/**
 * Import history with provenance; a batch can be undone whole, and an undone one stays listed, marked with when.
 * Refreshes whenever the layers change.
 */
export function BatchHistory() {
  const layers = useWaspada((s) => s.layers);
  const [batches, setBatches] = useState<BatchSummary[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => void call('batches.list', {}).then(setBatches, () => setFailed(true)), [layers]);
  if (failed) return <p className="empty">Riwayat impor tidak dapat dimuat. Muat ulang jendela.</p>;
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
