import { BACKUP_REASON_LABELS, type BackupInfo } from '../../../shared/backups/backups';
import { formatDateTime } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { backupRestored } from './safety-actions';
import { TableHead } from './TableHead';

/** "3 lapisan · 2 batch · 1.204 laporan", or why it is unknown. */
export function backupContents(backup: BackupInfo): string {
  const c = backup.contents;
  if (!c) return 'isi tidak diketahui (salinan berkas rusak)';
  return `${formatNumber(c.layers)} lapisan · ${formatNumber(c.batches)} batch · ${formatNumber(c.reports)} laporan`;
}

const megabytes = (bytes: number) => `${formatNumber(Math.max(0.1, Math.round(bytes / 104857.6) / 10))} MB`;

/** The backups, newest first, each with its date, reason, contents and a restore button that asks first. */
export function BackupTable({ backups }: { backups: BackupInfo[] }) {
  if (backups.length === 0) {
    return (
      <p className="empty">
        Belum ada cadangan. Waspada membuat cadangan otomatis setiap hari saat pertama dibuka, sebelum pembaruan skema,
        sebelum batch dibatalkan dan sebelum batas wilayah diganti.
      </p>
    );
  }
  const restore = (backup: BackupInfo) => {
    const when = formatDateTime(new Date(backup.createdAt));
    const question =
      `Pulihkan cadangan ${when} (${backupContents(backup)})? Basis data saat ini dicadangkan dulu, lalu ` +
      'digantikan oleh cadangan ini.';
    if (window.confirm(question)) void backupRestored(backup.name);
  };
  return (
    <table className="safety-table">
      <TableHead columns={['Waktu', 'Alasan', 'Isi', 'Ukuran', '']} />
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.name}>
            <td>{formatDateTime(new Date(backup.createdAt))}</td>
            <td>
              {BACKUP_REASON_LABELS[backup.reason]}
              {backup.encrypted && <span className="badge">terenkripsi</span>}
            </td>
            <td>{backupContents(backup)}</td>
            <td className="number">{megabytes(backup.sizeBytes)}</td>
            <td>
              <button type="button" onClick={() => restore(backup)}>
                Pulihkan…
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
