import type { ClassingSpec } from '../../../../shared/classify/layer-classes';
import type { Edition } from '../../../../shared/editions/edition';
import { call } from '../../api/client';
import { reloadLayers } from './layer-actions';
import { guarded, state } from './notify';

/** Reads a layer's detail and values for an editor dialog, then opens it. */
async function openEditor(dialog: 'classes' | 'properties', layerId: string): Promise<void> {
  const [detail, values] = await Promise.all([call('layers.show', { layerId }), call('layers.values', { layerId })]);
  state().editorTargetLoaded({ detail, values, composite: null });
  state().dialogOpened(dialog);
}

/** The analyst opened the classification editor of a layer. */
export function classEditorOpened(layerId: string): Promise<void> {
  return guarded(() => openEditor('classes', layerId), { subject: 'editor' });
}

/** The analyst opened the properties panel (edition, thresholds, categories, region set) of a layer. */
export function propertiesOpened(layerId: string): Promise<void> {
  return guarded(() => openEditor('properties', layerId), { subject: 'editor' });
}

/** An editor dialog was closed without saving. */
export function editorClosed(): void {
  state().dialogClosed();
  state().editorTargetLoaded(null);
}

/** Saves an edit (name, edition, classing), recolours the map with the layer shown, and closes the editor. */
function saveEdit(
  layerId: string,
  edit: { name?: string; edition?: Edition; classing?: ClassingSpec },
  done: string,
): Promise<void> {
  return guarded(
    async () => {
      await call('layers.update', { layerId, ...edit });
      editorClosed();
      await reloadLayers(state().activeLayerId === layerId ? layerId : state().activeLayerId);
      state().noticeShown({ kind: 'info', subject: 'editor', text: done });
    },
    { subject: 'editor' },
  );
}

/** The analyst saved a classification (method, classes, palette, manual cuts). */
export function classingSaved(layerId: string, classing: ClassingSpec): Promise<void> {
  return saveEdit(layerId, { classing }, 'Klasifikasi disimpan; peta diwarnai ulang.');
}

/** The analyst saved a layer's properties. */
export function propertiesSaved(layerId: string, name: string, edition: Edition): Promise<void> {
  return saveEdit(layerId, { name, edition }, 'Sifat lapisan disimpan; tercatat di jejak audit.');
}
