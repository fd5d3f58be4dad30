import type { ApiInput } from '../../../shared/api/contract';
import { call } from '../api/client';
import { saveJobFile } from '../briefing/save-file';
import { showError } from './actions';
import type { BriefingExportKind } from './briefing-slice';
import { useWaspada } from './store';

const state = () => useWaspada.getState();
const POLL_MS = 250;
let previewGeneration = 0;

/** The view the window prints: the map's active layer, the chosen area and the edited layout. */
function view(): ApiInput<'briefing.preview'> | null {
  const { activeLayerId, briefingArea, briefingLayout } = state();
  return activeLayerId ? { layerId: activeLayerId, area: briefingArea, layout: briefingLayout } : null;
}

/** The analyst opened "Peta briefing…": load provinces and saved layouts, then draw the preview. */
export async function briefingOpened(): Promise<void> {
  state().briefingToggled(true);
  // A province layer prints for the whole country only: forget a province chosen for another layer.
  const level = state().layers.find((l) => l.id === state().activeLayerId)?.level;
  if (level === 1) state().briefingAreaChosen(null);
  try {
    const [provinces, layouts] = await Promise.all([call('regions.list', { level: 1 }), call('briefing.layouts', {})]);
    state().briefingProvincesLoaded(provinces);
    state().savedLayoutsLoaded(layouts);
  } catch (error) {
    showError(error);
  }
  await briefingPreviewRequested();
}

/** Redraws the page preview with the composer (the same page every export prints); only the newest one is shown. */
export async function briefingPreviewRequested(): Promise<void> {
  const current = view();
  if (!current) return;
  const mine = ++previewGeneration;
  state().briefingPreviewLoading();
  try {
    const preview = await call('briefing.preview', current);
    if (mine === previewGeneration) state().briefingPreviewLoaded(preview);
  } catch (error) {
    if (mine === previewGeneration) state().briefingPreviewFailed((error as Error).message);
  }
}

/** Saves the current layout under a name (an existing one of that name is replaced). */
export async function briefingLayoutSaved(name: string): Promise<void> {
  try {
    const saved = await call('briefing.saveLayout', { name, layout: state().briefingLayout });
    state().savedLayoutsLoaded(await call('briefing.layouts', {}));
    state().noticeShown({ kind: 'info', text: `Tata letak "${saved.name}" disimpan.` });
  } catch (error) {
    showError(error);
  }
}

/** Puts a saved layout back into the editor. */
export function briefingLayoutApplied(name: string): void {
  const saved = state().savedLayouts.find((l) => l.name === name);
  if (saved) state().briefingLayoutEdited(saved.layout);
}

/** Deletes a saved layout. */
export async function briefingLayoutDeleted(name: string): Promise<void> {
  try {
    await call('briefing.deleteLayout', { name });
    state().savedLayoutsLoaded(await call('briefing.layouts', {}));
    state().noticeShown({ kind: 'info', text: `Tata letak "${name}" dihapus.` });
  } catch (error) {
    showError(error);
  }
}

function startJob(kind: BriefingExportKind, current: ApiInput<'briefing.preview'>): Promise<{ jobId: string }> {
  // A kab/kota layer's atlas covers every province; a kecamatan layer's, the kab/kota of the chosen province.
  const kecamatan = state().layers.find((l) => l.id === current.layerId)?.level === 3;
  if (kind === 'atlas')
    return call('briefing.atlas', { ...current, area: kecamatan ? current.area : null, format: 'pdf' });
  if (kind === 'pack') return call('briefing.pack', { ...current, zip: true });
  return call('briefing.export', { ...current, format: kind, dpi: 300 });
}

/** Starts an export and follows it: progress for the bar, then the file saved, or the failure said. */
export async function briefingExportStarted(kind: BriefingExportKind): Promise<void> {
  const current = view();
  if (!current || state().briefingJob) return;
  try {
    const { jobId } = await startJob(kind, current);
    state().briefingJobChanged({ jobId, kind, state: null });
    for (;;) {
      const status = await call('jobs.status', { jobId });
      if (state().briefingJob?.jobId !== jobId) return;
      state().briefingJobChanged({ jobId, kind, state: status });
      if (status.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      if (status.state === 'done') {
        const result = await call('jobs.result', { jobId });
        result.files.forEach(saveJobFile);
        const more = result.messages.length > 0 ? ` ${result.messages.join(' ')}` : '';
        state().noticeShown({ kind: 'info', text: `${result.files.map((f) => f.name).join(', ')} disimpan.${more}` });
      } else if (status.state === 'failed') state().noticeShown({ kind: 'error', text: status.error.message });
      state().briefingJobChanged(null);
      return;
    }
  } catch (error) {
    state().briefingJobChanged(null);
    showError(error);
  }
}

/** The analyst cancelled the running export. */
export async function briefingExportCancelled(): Promise<void> {
  const job = state().briefingJob;
  if (!job) return;
  state().briefingJobChanged(null);
  await call('jobs.cancel', { jobId: job.jobId }).catch(showError);
  state().noticeShown({ kind: 'info', text: 'Ekspor dibatalkan; tidak ada berkas yang disimpan.' });
}
