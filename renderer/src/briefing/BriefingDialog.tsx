import { useEffect, useRef } from 'react';
import './briefing.css';
import { briefingPreviewRequested } from '../store/actions/briefing-actions';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { ExportBar } from './ExportBar';
import { LayoutForm } from './LayoutForm';
import { PagePreview } from './PagePreview';

const PREVIEW_DELAY_MS = 350;

/**
 * "Peta briefing…": the page preview exactly as it will print, the layout beside it, and the exports. The preview
 * follows every edit after a short pause, so typing a title does not redraw the page at each key.
 */
export function BriefingDialog() {
  const open = useWaspada((s) => s.briefingOpen);
  const toggle = useWaspada((s) => s.briefingToggled);
  const layout = useWaspada((s) => s.briefingLayout);
  const area = useWaspada((s) => s.briefingArea);
  const layer = useActiveLayer();
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (open) dialog.current?.showModal();
    first.current = true;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // The first preview is drawn by briefingOpened(); later ones follow edits.
    if (first.current) return void (first.current = false);
    const timer = setTimeout(() => void briefingPreviewRequested(), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [open, layout, area, layer?.id]);

  if (!open) return null;
  return (
    <dialog ref={dialog} className="briefing-dialog" aria-label="Peta briefing" onClose={() => toggle(false)}>
      <header>
        <h2>Peta briefing{layer ? ` — ${layer.name}` : ''}</h2>
        <button type="button" className="close" aria-label="Tutup" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      {layer ? (
        <div className="briefing-body">
          <LayoutForm />
          <PagePreview />
        </div>
      ) : (
        <p className="briefing-empty">
          Belum ada lapisan yang ditampilkan di peta. Pilih lapisan di panel Lapisan, atau impor buku kerja dulu, lalu
          buka lagi Peta briefing.
        </p>
      )}
      <footer>
        <ExportBar />
      </footer>
    </dialog>
  );
}
