import type { CompositeDefinition } from '../../../../shared/composite/composite';
import type { RegionLevel } from '../../../../shared/regions/types';
import { call } from '../../api/client';
import { reloadLayers } from './layer-actions';
import { guarded, state } from './notify';

/** The analyst opened the composite editor: for a new index (null) or an existing one. */
export function compositeEditorOpened(layerId: string | null): Promise<void> {
  return guarded(
    async () => {
      const stored = state().layers.filter((l) => l.origin !== 'computed');
      const inputs = await Promise.all(stored.map((l) => call('layers.show', { layerId: l.id })));
      state().compositeInputsLoaded(inputs);
      if (layerId) {
        const [detail, composite] = await Promise.all([
          call('layers.show', { layerId }),
          call('composites.get', { layerId }),
        ]);
        state().editorTargetLoaded({ detail, values: [], composite });
      } else state().editorTargetLoaded({ detail: null, values: [], composite: null });
      state().dialogOpened('composite');
    },
    { subject: 'editor' },
  );
}

/** The analyst saved a composite index: it is computed, listed and shown on the map. */
export function compositeSaved(
  layerId: string | null,
  name: string,
  level: RegionLevel,
  definition: CompositeDefinition,
): Promise<void> {
  return guarded(
    async () => {
      const layer = await call('composites.save', { ...(layerId ? { layerId } : {}), name, level, definition });
      state().dialogClosed();
      state().editorTargetLoaded(null);
      await reloadLayers(layer.id);
      state().noticeShown({
        kind: 'info',
        subject: 'editor',
        text: `Indeks komposit "${layer.name}" dihitung untuk ${layer.valueCount} wilayah.`,
      });
    },
    { subject: 'editor' },
  );
}

/** The analyst asked how a region's composite score was made. */
export function traceRequested(layerId: string, kode: string): Promise<void> {
  return guarded(async () =>
    state().traceLoaded({ layerId, trace: await call('composites.trace', { layerId, kode }) }),
  );
}

/** The trace was closed. */
export function traceClosed(): void {
  state().traceLoaded(null);
}
