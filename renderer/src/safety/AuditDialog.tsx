import { AUDIT_ACTION_LABELS } from '../../../shared/audit/audit';
import { formatDateTime } from '../../../shared/format/date';
import { useWaspada } from '../store/store';
import { TableHead } from './TableHead';
import { auditExported } from './safety-actions';
import { SafetyDialog } from './SafetyDialog';

/** The audit trail, newest first: every change to the data, written with the change itself; exportable as CSV. */
export function AuditDialog() {
  const entries = useWaspada((s) => s.auditEntries);
  return (
    <SafetyDialog
      screen="audit"
      title="Jejak audit"
      footer={
        <button
          type="button"
          className="primary"
          data-autofocus
          disabled={!entries?.length}
          onClick={() => void auditExported()}
        >
          Ekspor CSV…
        </button>
      }
    >
      <p className="muted">
        Setiap perubahan data dicatat di transaksi yang sama dengan perubahannya; catatan ini tidak dapat diubah atau
        dihapus dari dalam aplikasi.
      </p>
      {!entries ? (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> Memuat jejak audit…
        </p>
      ) : entries.length === 0 ? (
        <p className="empty">
          Belum ada perubahan yang dicatat. Impor, pembatalan batch dan penghapusan muncul di sini.
        </p>
      ) : (
        <table className="safety-table">
          <TableHead columns={['Waktu', 'Tindakan', 'Keterangan']} />
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(new Date(entry.at))}</td>
                <td className="nowrap">{AUDIT_ACTION_LABELS[entry.action] ?? entry.action}</td>
                <td>{entry.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </SafetyDialog>
  );
}
