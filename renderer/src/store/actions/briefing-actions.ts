import type { ApiInput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import type { BriefingExportKind } from '../briefing-slice';
import { runFileJob } from './file-jobs';
import { cancelJob } from './jobs';
import { guarded, state } from './notify';
import { provincesNeeded } from './region-actions';

let previewGeneration = 0;

/** The view the window prints: the map's active layer, the chosen area and the edited layout. */
function view(): ApiInput<'briefing.preview'> | null {
  const { activeLayerId, briefingArea, briefingLayout } = state();
  return activeLayerId ? { layerId: activeLayerId, area: briefingArea, layout: briefingLayout } : null;
}

/** The analyst opened "Peta briefing…": load provinces and saved layouts, then draw the preview. */
export async function briefingOpened(): Promise<void> {
  state().dialogOpened('briefing');
  // A province layer prints for the whole country only: forget a province chosen for another layer.
  const level = state().layers.find((l) => l.id === state().activeLayerId)?.level;
  if (level === 1) state().briefingAreaChosen(null);
  await Promise.all([
    provincesNeeded(),
    guarded(async () => state().savedLayoutsLoaded(await call('briefing.layouts', {}))),
  ]);
  await briefingPreviewRequested();
}

/** The analyst closed "Peta briefing…" (an export under way goes on and is saved when it is done). */
export function briefingClosed(): void {
  state().dialogClosed();
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
export function briefingLayoutSaved(name: string): Promise<void> {
  return guarded(async () => {
    const saved = await call('briefing.saveLayout', { name, layout: state().briefingLayout });
    state().savedLayoutsLoaded(await call('briefing.layouts', {}));
    state().noticeShown({ kind: 'info', text: `Tata letak "${saved.name}" disimpan.` });
  });
}

/** Puts a saved layout back into the editor. */
export function briefingLayoutApplied(name: string): void {
  const saved = state().savedLayouts.find((l) => l.name === name);
  if (saved) state().briefingLayoutEdited(saved.layout);
}

/** Deletes a saved layout. */
export function briefingLayoutDeleted(name: string): Promise<void> {
  return guarded(async () => {
    await call('briefing.deleteLayout', { name });
    state().savedLayoutsLoaded(await call('briefing.layouts', {}));
    state().noticeShown({ kind: 'info', text: `Tata letak "${name}" dihapus.` });
  });
}

function startJob(kind: BriefingExportKind, current: ApiInput<'briefing.preview'>): Promise<{ jobId: string }> {
  // A kab/kota layer's atlas covers every province; a kecamatan layer's, the kab/kota of the chosen province.
  const kecamatan = state().layers.find((l) => l.id === current.layerId)?.level === 3;
  if (kind === 'atlas')
    return call('briefing.atlas', { ...current, area: kecamatan ? current.area : null, format: 'pdf' });
  if (kind === 'pack') return call('briefing.pack', { ...current, zip: true });
  return call('briefing.export', { ...current, format: kind, dpi: 300 });
}

const STARTING: Record<BriefingExportKind, string> = {
  pdf: 'Menyusun PDF…',
  png: 'Menggambar PNG 300 dpi…',
  svg: 'Menyusun SVG…',
  atlas: 'Menyusun atlas…',
  pack: 'Menyusun paket briefing…',
};

/** Starts an export and follows it: progress with a stop button, then the files saved through the platform seam. */
export function briefingExportStarted(kind: BriefingExportKind): Promise<void> {
  const current = view();
  if (!current) return Promise.resolve();
  return guarded(async () => {
    const result = await runFileJob('briefing', () => startJob(kind, current), {
      starting: STARTING[kind],
      unit: 'halaman',
    });
    if (result && result.messages.length > 0) state().noticeShown({ kind: 'info', text: result.messages.join(' ') });
  });
}

/** The analyst stopped the running export: the core discards it and nothing is saved. */
export function briefingExportCancelled(): void {
  cancelJob('briefing');
  state().noticeShown({ kind: 'info', text: 'Ekspor dihentikan; tidak ada berkas yang disimpan.' });
}
