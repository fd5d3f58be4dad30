import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary } from '../../../shared/api/types';
import type { ClassingSpec } from '../../../shared/classify/layer-classes';
import { METHOD_LABEL } from '../../../shared/classify/methods';
import type { Edition } from '../../../shared/editions/edition';
import { classingOf, editionOf } from '../../../shared/editions/layer-edition';
import type { Store } from '../db/store';
import { classesOf } from './layer-classes';

/** What the properties panel or the classification editor changes; anything left out stays. */
export interface LayerEdit {
  name?: string;
  edition?: Edition;
  classing?: ClassingSpec;
}

/** The stored layer, or NOT_FOUND with what to do next. */
export function requireStoredLayer(store: Store, id: string): LayerSummary {
  const layer = store.layers.get(id);
  if (!layer) throw new ApiError('NOT_FOUND', `Lapisan "${id}" tidak ada (mungkin sudah dihapus). Pilih lapisan lain.`);
  return layer;
}

/** Which fields an edit changed, in words for the audit trail. */
function changedParts(before: LayerSummary, edit: LayerEdit): string[] {
  const parts: string[] = [];
  if (edit.name !== undefined && edit.name !== before.name) parts.push(`nama "${before.name}" → "${edit.name}"`);
  if (edit.edition && JSON.stringify(edit.edition) !== JSON.stringify(editionOf(before)))
    parts.push('edisi dan ambang');
  if (edit.classing && JSON.stringify(edit.classing) !== JSON.stringify(classingOf(before)))
    parts.push(`klasifikasi: ${METHOD_LABEL[edit.classing.method].toLowerCase()}, ${edit.classing.classes} kelas`);
  return parts;
}

/**
 * Edits a layer's name, edition copy or classing as one unit of work: its drawn classes are recomputed and the audit
 * trail records the old and new settings (`layer.edited`).
 */
export function editLayer(store: Store, id: string, edit: LayerEdit): LayerSummary {
  return store.transaction(() => {
    const before = requireStoredLayer(store, id);
    const edition = edit.edition ?? editionOf(before);
    const classing = edit.classing ?? classingOf(before);
    const { classification } = classesOf(store, before, edition, classing);
    const name = edit.name?.trim() || before.name;
    store.layers.update(id, { name, edition, classing, classification });
    const parts = changedParts(before, { ...edit, name });
    if (parts.length > 0) {
      store.audit.record({
        action: 'layer.edited',
        subject: id,
        summary: `Lapisan "${name}" diubah: ${parts.join('; ')}.`,
        details: {
          before: { name: before.name, edition: editionOf(before), classing: classingOf(before) },
          after: { name, edition, classing },
        },
      });
    }
    return requireStoredLayer(store, id);
  });
}
