import { useRef } from 'react';
import { ATHG_LABELS } from '../../../shared/reports/athg';
import { ASPECT_LABELS } from '../../../shared/reports/aspects';
import type { Report, ReportCategory } from '../../../shared/reports/report';
import { formatReportDate } from '../../../shared/reports/report-dates';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, STATUS_LABELS } from '../../../shared/reports/scales';
import { useModalDialog } from '../components/focus';
import { NoticeBar } from '../components/NoticeBar';
import { mergeClosed, mergeConfirmed } from '../store/actions/report-form-actions';
import { MERGE_FIELDS, type MergeField } from '../store/report-form';
import { useWaspada } from '../store/store';
import { categoryName } from './labels';

const LABELS: Record<MergeField, string> = {
  tanggal: 'Bilamana',
  waktu: 'Jam',
  kode: 'Di mana',
  lokasi: 'Tempat',
  jenis: 'Jenis ATHG',
  aspek: 'Aspek',
  kategoriId: 'Kategori',
  keparahan: 'Keparahan',
  uraian: 'Apa',
  aktor: 'Siapa',
  bagaimana: 'Bagaimana',
  mengapa: 'Mengapa',
  sumber: 'Sumber',
  keandalan: 'Keandalan sumber',
  kredibilitas: 'Kebenaran informasi',
  analisis: 'Analisis',
  prediksi: 'Prediksi',
  langkah: 'Langkah yang diambil',
  rekomendasi: 'Rekomendasi',
  status: 'Status',
  pencatat: 'Dicatat oleh',
};

/** A field of a report as the analyst reads it. */
function fieldText(report: Report, field: MergeField, categories: readonly ReportCategory[]): string {
  switch (field) {
    case 'tanggal':
      return formatReportDate(report.tanggal, report.presisi);
    case 'kode':
      return `${report.namaWilayah} (${report.kode})`;
    case 'jenis':
      return report.jenis ? ATHG_LABELS[report.jenis] : '';
    case 'aspek':
      return report.aspek ? ASPECT_LABELS[report.aspek] : '';
    case 'kategoriId':
      return report.kategoriId ? categoryName(categories, report.kategoriId) : '';
    case 'keandalan':
      return report.keandalan ? `${report.keandalan} — ${RELIABILITY_LABELS[report.keandalan]}` : '';
    case 'kredibilitas':
      return report.kredibilitas ? `${report.kredibilitas} — ${CREDIBILITY_LABELS[report.kredibilitas]}` : '';
    case 'status':
      return STATUS_LABELS[report.status];
    default:
      return report[field] === null || report[field] === undefined ? '' : String(report[field]);
  }
}

/** Two reports of one incident side by side; for each field the analyst keeps the left or the right value. */
export function ReportMergeDialog() {
  const open = useWaspada((s) => s.dialog === 'report-merge' && s.merge !== null);
  return open ? <MergeContent /> : null;
}

function MergeContent() {
  const dialog = useRef<HTMLDialogElement>(null);
  const merge = useWaspada((s) => s.merge!);
  const categories = useWaspada((s) => s.categories);
  const choose = useWaspada((s) => s.mergeChoiceMade);
  useModalDialog(dialog);
  const draft = merge.other.id === 0;
  const rightTitle = draft ? 'Isian formulir (belum disimpan)' : `Laporan No. ${merge.other.id}`;
  return (
    <dialog ref={dialog} className="merge-dialog" aria-label="Bandingkan dan gabungkan laporan" onClose={mergeClosed}>
      <h2>Bandingkan dan gabungkan</h2>
      <p>
        Pilih isian yang disimpan untuk setiap baris. Hasilnya disimpan sebagai laporan No. {merge.keep.id};{' '}
        {draft
          ? 'isian formulir tidak disimpan sebagai laporan baru.'
          : `laporan No. ${merge.other.id} dihapus (dapat dipulihkan).`}
      </p>
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">Isian</th>
            <th scope="col">Laporan No. {merge.keep.id} (disimpan)</th>
            <th scope="col">{rightTitle}</th>
          </tr>
        </thead>
        <tbody>
          {MERGE_FIELDS.map((field) => {
            const left = fieldText(merge.keep, field, categories);
            const right = fieldText(merge.other, field, categories);
            const side = merge.choices[field] ?? 'keep';
            return (
              <tr key={field} className={left === right ? 'same' : 'differs'}>
                <th scope="row">{LABELS[field]}</th>
                {(['keep', 'other'] as const).map((which) => (
                  <td key={which} className={side === which ? 'chosen' : undefined}>
                    <label>
                      <input
                        type="radio"
                        name={`gabung-${field}`}
                        checked={side === which}
                        disabled={left === right}
                        onChange={() => choose(field, which)}
                      />{' '}
                      {(which === 'keep' ? left : right) || <span className="muted">—</span>}
                    </label>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <NoticeBar host="report-merge" />
      <footer>
        <button type="button" onClick={mergeClosed}>
          Kembali ke formulir
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => void mergeConfirmed()}>
          Gabungkan
        </button>
      </footer>
    </dialog>
  );
}
