/** Where an indicator's numbers come from: a layer's score, or one of its dimension/indicator columns. */
export interface IndicatorSource {
  layerId: string;
  /** A column of the layer's table (layer_values.extra); absent = the layer's own score. */
  column?: string;
}

/** One indicator: its input, its weight within its sub-dimension, and whether a higher value means less risk. */
export interface CompositeIndicator {
  id: string;
  label: string;
  source: IndicatorSource;
  weight: number;
  /** True when a higher raw value means lower vulnerability (min–max then counts it downwards). */
  inverted?: boolean;
}

/** A sub-dimension: weighted indicators. */
export interface CompositeSubdimension {
  id: string;
  label: string;
  weight: number;
  indicators: CompositeIndicator[];
}

/** A dimension: weighted sub-dimensions. */
export interface CompositeDimension {
  id: string;
  label: string;
  weight: number;
  subdimensions: CompositeSubdimension[];
}

/**
 * A composite index: dimension → sub-dimension → indicator with weights (the IKP 2024 shape). Each indicator is
 * normalised the same stated way; a region missing an indicator is scored on the ones it has, their weights
 * rescaled to sum to one (stated in every trace).
 */
export interface CompositeDefinition {
  /** 'minmax': 0–100 over the regions that have the indicator; 'asis': raw values (inputs already on one scale). */
  normalisation: 'minmax' | 'asis';
  dimensions: CompositeDimension[];
}

/** How normalisation is said in the editor, the legend and the trace. */
export const NORMALISATION_LABEL: Record<CompositeDefinition['normalisation'], string> = {
  minmax: 'min–maks ke 0–100: (nilai − terendah) ÷ (tertinggi − terendah) × 100',
  asis: 'apa adanya (masukan sudah berskala sama)',
};

/**
 * Bawaslu IKP 2024's structure (DOMAIN.md): 4 dimensions, 12 sub-dimensions. Bawaslu did not publish the weights, so
 * every weight starts equal; the 61 indicators are attached by the analyst from the columns of an imported table.
 */
export const IKP_2024_TEMPLATE: readonly { label: string; subdimensions: readonly string[] }[] = [
  {
    label: 'Konteks sosial dan politik',
    subdimensions: ['Keamanan', 'Otoritas penyelenggara pemilu', 'Otoritas penyelenggara negara'],
  },
  {
    label: 'Penyelenggaraan pemilu',
    subdimensions: [
      'Hak memilih',
      'Pelaksanaan kampanye',
      'Pelaksanaan pemungutan suara',
      'Ajudikasi dan keberatan pemilu',
      'Pengawasan pemilu',
    ],
  },
  { label: 'Kontestasi', subdimensions: ['Hak dipilih', 'Kampanye calon'] },
  { label: 'Partisipasi', subdimensions: ['Partisipasi pemilih', 'Partisipasi kelompok masyarakat'] },
];

/** Every indicator of a definition, with its place in the tree. */
export function allIndicators(definition: CompositeDefinition): CompositeIndicator[] {
  return definition.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.indicators));
}

/** Layers a composite reads, so it is recomputed when one of them changes. */
export function inputLayerIds(definition: CompositeDefinition): string[] {
  return [...new Set(allIndicators(definition).map((i) => i.source.layerId))];
}
