import { formatNumber } from '../../../shared/format/number';
import { briefingExportCancelled, briefingExportStarted } from '../store/briefing-actions';
import type { BriefingExportKind } from '../store/briefing-slice';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';

const BUTTONS: { kind: BriefingExportKind; label: string; hint: string }[] = [
  { kind: 'pdf', label: 'PDF', hint: 'Vektor, huruf tertanam: untuk dicetak' },
  { kind: 'png', label: 'PNG 300 dpi', hint: 'Gambar untuk salindia dan pesan' },
  { kind: 'svg', label: 'SVG', hint: 'Untuk disunting di aplikasi grafis' },
  { kind: 'atlas', label: 'Atlas semua provinsi', hint: 'Satu PDF, satu halaman per provinsi' },
  { kind: 'pack', label: 'Paket briefing', hint: 'Satu .zip: folder bertanggal berisi peta PDF dan PNG' },
];

/** Export buttons, and while an export runs its progress bar, phase and cancel button. */
export function ExportBar() {
  const job = useWaspada((s) => s.briefingJob);
  const layer = useActiveLayer();
  const progress = job?.state?.state === 'running' || job?.state?.state === 'done' ? job.state.progress : null;

  if (job) {
    return (
      <div className="briefing-progress" role="status">
        <span>{progress?.phase ?? 'Memulai…'}</span>
        <progress max={progress?.total ?? 1} value={progress?.done ?? 0} aria-label="Kemajuan ekspor" />
        <span>
          {progress ? `${formatNumber(Math.min(100, (progress.done / Math.max(progress.total, 1)) * 100), 0)}%` : ''}
        </span>
        <button type="button" onClick={() => void briefingExportCancelled()}>
          Batalkan
        </button>
      </div>
    );
  }
  return (
    <div className="briefing-exports">
      <span className="muted">Simpan sebagai:</span>
      {BUTTONS.filter((b) => b.kind !== 'atlas' || (layer?.level ?? 1) > 1).map((b) => (
        <button
          key={b.kind}
          type="button"
          className={b.kind === 'pdf' ? 'primary' : ''}
          title={b.kind === 'atlas' && layer?.level === 3 ? 'Satu PDF, satu halaman per kab/kota provinsi ini' : b.hint}
          disabled={!layer}
          onClick={() => void briefingExportStarted(b.kind)}
        >
          {b.kind === 'atlas' && layer?.level === 3 ? 'Atlas kab/kota provinsi ini' : b.label}
        </button>
      ))}
    </div>
  );
}
