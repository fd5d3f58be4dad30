import { useEffect, useRef } from 'react';
import './briefing.css';
import { ModalDialog } from '../components/ModalDialog';
import { briefingClosed, briefingPreviewRequested } from '../store/actions/briefing-actions';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { ExportBar } from './ExportBar';
import { LayoutForm } from './LayoutForm';
import { PagePreview } from './PagePreview';

const PREVIEW_DELAY_MS = 350;

/**
 * The preview follows every edit after a short pause, so typing a title does not redraw the page at each key. The
 * first preview is drawn by briefingOpened().
 */
function useFollowEdits(layerId: string): void {
  const layout = useWaspada((s) => s.briefingLayout);
  const area = useWaspada((s) => s.briefingArea);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    const timer = setTimeout(() => void briefingPreviewRequested(), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [layout, area, layerId]);
}

/** The layout beside the page it makes (mounted only while the dialog is open). */
function BriefingBody({ layerId }: { layerId: string }) {
  useFollowEdits(layerId);
  return (
    <div className="briefing-body">
      <LayoutForm />
      <PagePreview />
    </div>
  );
}

/** "Peta briefing…": the page preview exactly as it will print, the layout beside it, and the exports. */
export function BriefingDialog() {
  const layer = useActiveLayer();
  return (
    <ModalDialog
      name="briefing"
      title={`Peta briefing${layer ? ` — ${layer.name}` : ''}`}
      label="Peta briefing"
      closeLabel="Tutup peta briefing"
      className="briefing-dialog"
      onClose={briefingClosed}
      footer={<ExportBar />}
    >
      {layer ? (
        <BriefingBody layerId={layer.id} />
      ) : (
        <p className="briefing-empty">
          Belum ada lapisan yang ditampilkan di peta. Pilih lapisan di panel Lapisan, atau impor buku kerja dulu, lalu
          buka lagi Peta briefing.
        </p>
      )}
    </ModalDialog>
  );
}
