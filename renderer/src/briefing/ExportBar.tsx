import { JobProgress } from '../jobs/JobProgress';
import { briefingExportCancelled, briefingExportStarted } from '../store/actions/briefing-actions';
import type { BriefingExportKind } from '../store/briefing-slice';
import { useActiveLayer, useJobProgress } from '../store/selectors';

const BUTTONS: { kind: BriefingExportKind; label: string; hint: string }[] = [
  { kind: 'pdf', label: 'PDF', hint: 'Vektor, huruf tertanam: untuk dicetak' },
  { kind: 'png', label: 'PNG 300 dpi', hint: 'Gambar untuk salindia dan pesan' },
  { kind: 'svg', label: 'SVG', hint: 'Untuk disunting di aplikasi grafis' },
  { kind: 'atlas', label: 'Atlas semua provinsi', hint: 'Satu PDF, satu halaman per provinsi' },
  { kind: 'pack', label: 'Paket briefing', hint: 'Satu .zip: folder bertanggal berisi peta PDF dan PNG' },
];

/** Export buttons, and while an export runs its progress bar, phase and cancel button. */
export function ExportBar() {
  const running = useJobProgress('briefing');
  const layer = useActiveLayer();

  if (running) return <JobProgress kind="briefing" label="Kemajuan ekspor" onCancel={briefingExportCancelled} />;
  return (
    <div className="briefing-exports">
      <span className="muted">Simpan sebagai:</span>
      {BUTTONS.filter((b) => b.kind !== 'atlas' || (layer?.level ?? 1) > 1).map((b) => (
        <button
          key={b.kind}
          type="button"
          className={b.kind === 'pdf' ? 'primary' : ''}
          data-autofocus={b.kind === 'pdf' || undefined}
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
