import { ApiError } from '../../../shared/api/errors';
import type { LayerSummary } from '../../../shared/api/types';
import { buildClassification, defaultClassing } from '../../../shared/classify/layer-classes';
import { allIndicators, inputLayerIds, NORMALISATION_LABEL } from '../../../shared/composite/composite';
import type { CompositeDefinition } from '../../../shared/composite/composite';
import {
  computeComposite,
  indicatorRanges,
  traceRegion,
  type CompositeTrace,
  type IndicatorValues,
} from '../../../shared/composite/compute';
import type { Edition } from '../../../shared/editions/edition';
import { classingOf, editionOf } from '../../../shared/editions/layer-edition';
import { slugify } from '../../../shared/regions/normalize';
import type { RegionLevel } from '../../../shared/regions/types';
import type { Store } from '../db/store';

/** What the composite editor saves: a new composite (no id) or changes to one. */
export interface CompositeInput {
  id?: string;
  name: string;
  level: RegionLevel;
  definition: CompositeDefinition;
}

/** Raw values of every indicator, read from its input layer's score or column. */
function readInputs(store: Store, definition: CompositeDefinition, level: RegionLevel): IndicatorValues {
  const byLayer = new Map<string, ReturnType<Store['layers']['valuesWithExtra']>>();
  for (const layerId of inputLayerIds(definition)) {
    const layer = store.layers.get(layerId);
    if (!layer)
      throw new ApiError('NOT_FOUND', `Lapisan masukan "${layerId}" tidak ada lagi. Ganti masukan indikator itu.`);
    if (layer.level !== level)
      throw new ApiError(
        'INVALID_INPUT',
        `Lapisan masukan "${layer.name}" bukan tingkat yang sama dengan indeks ini. Pilih lapisan setingkat.`,
      );
    byLayer.set(layerId, store.layers.valuesWithExtra(layerId));
  }
  const inputs = new Map<string, Map<string, number | null>>();
  for (const indicator of allIndicators(definition)) {
    const values = new Map<string, number | null>();
    for (const row of byLayer.get(indicator.source.layerId) ?? []) {
      const v = indicator.source.column === undefined ? row.value : (row.extra?.[indicator.source.column] ?? null);
      values.set(row.kode, v);
    }
    inputs.set(indicator.id, values);
  }
  return inputs;
}

function compositeEdition(definition: CompositeDefinition, inputs: LayerSummary[]): Edition {
  return {
    editionId: 'komposit',
    product: 'komposit',
    name: 'Indeks komposit (Waspada)',
    publishedOn: null,
    scaleKind: 'score',
    scaleMin: definition.normalisation === 'minmax' ? 0 : null,
    scaleMax: definition.normalisation === 'minmax' ? 100 : null,
    categories: [],
    thresholds: {},
    regionSet: '38-provinsi',
    source: `Dihitung Waspada dari: ${inputs.map((l) => l.name).join('; ')}`,
    notes:
      `Normalisasi: ${NORMALISATION_LABEL[definition.normalisation]}. Wilayah tanpa sebagian indikator dinilai ` +
      'dari indikator yang ada (bobotnya dibagi ulang).',
  };
}

/** Recomputes a composite's values from its inputs and its drawn classes from those values. */
export function recomputeComposite(store: Store, id: string): void {
  const layer = store.layers.get(id);
  const definition = store.layers.composite(id);
  if (!layer || !definition) return;
  const values = computeComposite(definition, readInputs(store, definition, layer.level));
  store.transaction(() => {
    store.layers.replaceValues(
      id,
      values.map((v) => ({ ...v, category: null })),
    );
    const classes = buildClassification(editionOf(layer), layer.level, classingOf(layer), store.layers.values(id));
    store.layers.update(id, {
      name: layer.name,
      edition: editionOf(layer),
      classing: classingOf(layer),
      classification: classes.classification,
    });
  });
}

/** After a layer's values changed (or it was deleted): every composite that reads it follows. */
export function recomputeCompositesUsing(store: Store, layerId: string): void {
  for (const id of store.layers.compositeIds()) {
    const definition = store.layers.composite(id);
    if (!definition || !inputLayerIds(definition).includes(layerId)) continue;
    // A composite whose input is gone keeps its last values; the editor says which input is missing.
    if (inputLayerIds(definition).some((input) => !store.layers.get(input))) continue;
    recomputeComposite(store, id);
  }
}

/** Saves a composite index (new or edited) as one unit of work, computes it, and records it in the audit trail. */
export function saveComposite(store: Store, input: CompositeInput): LayerSummary {
  return store.transaction(() => {
    const inputs = inputLayerIds(input.definition).map((layerId) => {
      const layer = store.layers.get(layerId);
      if (!layer) throw new ApiError('NOT_FOUND', `Lapisan masukan "${layerId}" tidak ada. Pilih lapisan lain.`);
      return layer;
    });
    const edition = compositeEdition(input.definition, inputs);
    const existing = input.id ? store.layers.get(input.id) : undefined;
    if (input.id && (!existing || existing.origin !== 'composite'))
      throw new ApiError('NOT_FOUND', `Indeks komposit "${input.id}" tidak ada. Buat indeks baru.`);
    const id = existing?.id ?? `komposit-${slugify(input.name) || 'indeks'}-${Date.now().toString(36)}`;
    if (existing) {
      store.layers.update(id, {
        name: input.name,
        edition,
        classing: classingOf(existing),
        classification: existing.classification,
      });
      store.layers.setComposite(id, input.definition);
    } else {
      const classing = defaultClassing(edition, input.level);
      const classification = buildClassification(edition, input.level, classing, []).classification;
      store.layers.insert({
        id,
        name: input.name,
        level: input.level,
        edition,
        classing,
        classification,
        isDemo: false,
        composite: input.definition,
      });
    }
    recomputeComposite(store, id);
    const indicators = allIndicators(input.definition).length;
    store.audit.record({
      action: 'layer.edited',
      subject: id,
      summary:
        `Indeks komposit "${input.name}" ${existing ? 'diubah' : 'dibuat'}: ` +
        `${input.definition.dimensions.length} dimensi, ${indicators} indikator.`,
      details: { definition: input.definition },
    });
    return store.layers.get(id)!;
  });
}

/** One region's composite score traced to its inputs (for the region panel). */
export function traceComposite(store: Store, id: string, kode: string): CompositeTrace {
  const layer = store.layers.get(id);
  const definition = store.layers.composite(id);
  if (!layer || !definition) throw new ApiError('NOT_FOUND', `Lapisan "${id}" bukan indeks komposit.`);
  const inputs = readInputs(store, definition, layer.level);
  return traceRegion(definition, inputs, indicatorRanges(definition, inputs), kode);
}
