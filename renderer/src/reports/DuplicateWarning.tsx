import { formatNumber } from '../../../shared/format/number';
import { formatReportDate } from '../../../shared/reports/report-dates';
import { mergeOpened } from '../store/actions/report-form-actions';
import { useDuplicates } from '../store/selectors';

/** Stored reports that may be the same incident as the one in the form, each with a way to compare and merge. */
export function DuplicateWarning() {
  const duplicates = useDuplicates();
  if (duplicates.length === 0) return null;
  return (
    <div className="duplicate-warning" role="status">
      <p>
        <strong>Mungkin laporan ganda.</strong> {formatNumber(duplicates.length)} laporan tersimpan di kab/kota dan
        kategori yang sama, bertanggal berdekatan, dengan uraian mirip:
      </p>
      <ul>
        {duplicates.slice(0, 3).map(({ report, similarity, daysApart }) => (
          <li key={report.id}>
            No. {report.id} · {formatReportDate(report.tanggal, report.presisi)} · {report.namaWilayah} — “
            {report.uraian}”{' '}
            <span className="muted">
              (kemiripan {formatNumber(similarity * 100, 0)} %, selisih {daysApart} hari)
            </span>{' '}
            <button type="button" onClick={() => void mergeOpened(report.id)}>
              Bandingkan dan gabungkan…
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
