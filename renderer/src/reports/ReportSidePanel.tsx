import { useEffect, useRef, type ReactNode } from 'react';
import { formatDateTime } from '../../../shared/format/date';
import { ATHG_LABELS } from '../../../shared/reports/athg';
import { ASPECT_LABELS } from '../../../shared/reports/aspects';
import type { Report } from '../../../shared/reports/report';
import { formatReportDate } from '../../../shared/reports/report-dates';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, SEVERITY_LABELS, STATUS_LABELS } from '../../../shared/reports/scales';
import { reportDeleted, reportPanelClosed, reportRestored } from '../store/actions/register-actions';
import { reportFormOpened } from '../store/actions/report-form-actions';
import { useStages } from '../store/selectors';
import { useWaspada } from '../store/store';
import { categoryName, stageLook } from './labels';

/** One row of the laporan informasi: its label and value, "—" when blank. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  const blank = children === null || children === undefined || children === '';
  return (
    <>
      <dt>{label}</dt>
      <dd className={blank ? 'muted' : undefined}>{blank ? '—' : children}</dd>
    </>
  );
}

/** Who entered the report and when, or the import it came from. */
function provenance(report: Report): string {
  const entered = formatDateTime(new Date(report.dibuatPada));
  const origin = report.batchId
    ? `Diimpor dari ${report.batchFile ?? `batch ${report.batchId}`}, baris ${report.sourceRow ?? '?'} (${entered})`
    : `Dicatat oleh ${report.pencatat ?? 'tanpa nama'}, ${entered}`;
  return report.diubahPada ? `${origin}; diubah ${formatDateTime(new Date(report.diubahPada))}` : origin;
}

/** One report, laid out like a laporan informasi: source and grading, the facts as 5W+1H, the reporter's part. */
export function ReportSidePanel() {
  const report = useWaspada((s) => s.register.selected);
  const selectedId = useWaspada((s) => s.register.selectedId);
  const categories = useWaspada((s) => s.categories);
  const stages = useStages();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [selectedId]);
  if (!report) {
    return (
      <aside className="report-panel" aria-label="Rincian laporan" aria-busy="true">
        <p className="muted">
          <span className="spinner" aria-hidden="true" /> Memuat laporan…
        </p>
      </aside>
    );
  }
  const stage = stageLook(stages, report.tahapanId);
  return (
    <aside className="report-panel" aria-label={`Laporan ${report.id}`}>
      <button type="button" className="close" aria-label="Tutup rincian laporan" onClick={reportPanelClosed}>
        ×
      </button>
      <p className="eyebrow">
        Laporan informasi · No. {report.id} ·{' '}
        <span className={`status status-${report.status}`}>{STATUS_LABELS[report.status]}</span>
      </p>
      <h3 ref={heading} tabIndex={-1}>
        {report.uraian ?? 'Tanpa uraian'}
      </h3>
      {report.dihapusPada && (
        <p className="warning">Laporan ini dihapus {formatDateTime(new Date(report.dihapusPada))}.</p>
      )}
      <div className="panel-actions">
        {report.dihapusPada ? (
          <button type="button" className="primary" onClick={() => void reportRestored(report.id)}>
            Pulihkan
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void reportFormOpened(report.id)}>
              Ubah…
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(`Hapus laporan ${report.id}? Laporan dapat dipulihkan kembali.`))
                  void reportDeleted(report.id);
              }}
            >
              Hapus
            </button>
          </>
        )}
      </div>
      <h4>I. Sumber dan nilai informasi</h4>
      <dl className="facts">
        <Fact label="Sumber">{report.sumber}</Fact>
        <Fact label="Keandalan sumber">
          {report.keandalan && `${report.keandalan} — ${RELIABILITY_LABELS[report.keandalan]}`}
        </Fact>
        <Fact label="Kebenaran informasi">
          {report.kredibilitas && `${report.kredibilitas} — ${CREDIBILITY_LABELS[report.kredibilitas]}`}
        </Fact>
      </dl>
      <h4>II. Fakta (5W + 1H)</h4>
      <dl className="facts">
        <Fact label="Apa">{report.uraian}</Fact>
        <Fact label="Bilamana">
          {formatReportDate(report.tanggal, report.presisi)}
          {report.waktu ? `, pukul ${report.waktu.replace(':', '.')}` : ''}
        </Fact>
        <Fact label="Di mana">
          {report.namaWilayah} ({report.kode}){report.lokasi ? ` — ${report.lokasi}` : ''}
        </Fact>
        <Fact label="Siapa">{report.aktor}</Fact>
        <Fact label="Bagaimana">{report.bagaimana}</Fact>
        <Fact label="Mengapa">{report.mengapa}</Fact>
      </dl>
      <h4>III. Penggolongan</h4>
      <dl className="facts">
        <Fact label="Jenis ATHG">{report.jenis && ATHG_LABELS[report.jenis]}</Fact>
        <Fact label="Aspek">{report.aspek && ASPECT_LABELS[report.aspek]}</Fact>
        <Fact label="Kategori">
          {report.kategoriId ? categoryName(categories, report.kategoriId) : report.kategoriAsli}
        </Fact>
        <Fact label="Keparahan">
          {report.keparahan && `${report.keparahan} — ${SEVERITY_LABELS[report.keparahan]}`}
        </Fact>
        <Fact label="Tahapan">
          {stage && (
            <span className="stage-chip" style={{ borderColor: stage.color }}>
              <span className="dot" style={{ background: stage.color }} /> {stage.nama}
              {report.tahapanManual ? ' (dipilih)' : ' (menurut tanggal)'}
            </span>
          )}
        </Fact>
      </dl>
      <h4>IV. Analisis dan tindak lanjut</h4>
      <dl className="facts">
        <Fact label="Analisis">{report.analisis}</Fact>
        <Fact label="Prediksi">{report.prediksi}</Fact>
        <Fact label="Langkah yang diambil">{report.langkah}</Fact>
        <Fact label="Rekomendasi">{report.rekomendasi}</Fact>
      </dl>
      <p className="muted small">{provenance(report)}</p>
    </aside>
  );
}
