// Pure edits of a composite definition in the editor: templates, adding and removing parts, attaching columns.
import type { LayerDetail } from '../../../shared/api/layer-detail';
import {
  IKP_2024_TEMPLATE,
  type CompositeDefinition,
  type CompositeDimension,
  type CompositeIndicator,
} from '../../../shared/composite/composite';
import { comparisonKey } from '../../../shared/regions/normalize';

let counter = 0;
/** A fresh id for a new part of the tree. */
export const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** An input of the editor's source list: a layer's score or one of its columns. */
export interface InputOption {
  value: string;
  label: string;
  layerId: string;
  column?: string;
}

/** Every usable input of layers at one level: each layer's score and each of its columns. */
export function inputOptions(inputs: readonly LayerDetail[], level: number): InputOption[] {
  return inputs
    .filter((d) => d.layer.level === level && d.layer.origin !== 'composite')
    .flatMap((d) => [
      { value: `${d.layer.id}|`, label: `${d.layer.name} — skor`, layerId: d.layer.id },
      ...d.columns.map((column) => ({
        value: `${d.layer.id}|${column}`,
        label: `${d.layer.name} — ${column}`,
        layerId: d.layer.id,
        column,
      })),
    ]);
}

/** An indicator reading one input option. */
export function indicatorFor(option: InputOption): CompositeIndicator {
  return {
    id: newId('i'),
    label: option.column ?? option.label,
    source: option.column ? { layerId: option.layerId, column: option.column } : { layerId: option.layerId },
    weight: 1,
  };
}

/**
 * Bawaslu IKP 2024's tree (4 dimensions, 12 sub-dimensions), equal weights, with every input column whose name
 * names a sub-dimension or a dimension attached there; the rest are left for the analyst to place.
 */
export function ikpTemplate(options: readonly InputOption[]): CompositeDefinition {
  const columns = options.filter((o) => o.column);
  const matches = (column: string, label: string) => comparisonKey(column).includes(comparisonKey(label));
  const used = new Set<string>();
  const dimensions: CompositeDimension[] = IKP_2024_TEMPLATE.map((dimension) => {
    const subdimensions = dimension.subdimensions.map((label) => {
      const found = columns.filter((o) => !used.has(o.value) && matches(o.column!, label));
      found.forEach((o) => used.add(o.value));
      return { id: newId('s'), label, weight: 1, indicators: found.map(indicatorFor) };
    });
    const whole = columns.filter((o) => !used.has(o.value) && matches(o.column!, dimension.label.split(' ')[0]!));
    if (whole.length > 0 && subdimensions.every((s) => s.indicators.length === 0)) {
      whole.forEach((o) => used.add(o.value));
      subdimensions[0]!.indicators.push(...whole.map(indicatorFor));
    }
    return { id: newId('d'), label: dimension.label, weight: 1, subdimensions };
  });
  return { normalisation: 'minmax', dimensions };
}

/** An empty one-dimension tree to start from. */
export function emptyDefinition(): CompositeDefinition {
  return {
    normalisation: 'minmax',
    dimensions: [
      {
        id: newId('d'),
        label: 'Dimensi 1',
        weight: 1,
        subdimensions: [{ id: newId('s'), label: 'Subdimensi 1', weight: 1, indicators: [] }],
      },
    ],
  };
}

/** The definition without sub-dimensions and dimensions left empty (they cannot be scored). */
export function withoutEmptyParts(definition: CompositeDefinition): CompositeDefinition {
  return {
    ...definition,
    dimensions: definition.dimensions
      .map((d) => ({ ...d, subdimensions: d.subdimensions.filter((s) => s.indicators.length > 0) }))
      .filter((d) => d.subdimensions.length > 0),
  };
}
