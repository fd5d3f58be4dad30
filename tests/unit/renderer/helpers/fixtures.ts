// Small, real-shaped values the fake core answers with.
import type { BoundarySet, LayerSummary, RegionDetail, RegionHit } from '../../../../shared/api/types';
import { IKP_2024_CLASSIFICATION } from '../../../../shared/editions/ikp-2024';
import type { MergeConflict, MergePreview } from '../../../../shared/import/merge';
import type { ImportPreview } from '../../../../shared/import/preview';

/** A layer as layers.list lists it. */
export function layer(id: string, overrides: Partial<LayerSummary> = {}): LayerSummary {
  return {
    id,
    name: `Lapisan ${id}`,
    level: 2,
    source: 'Bawaslu',
    editionDate: null,
    scaleMin: 0,
    scaleMax: 100,
    classification: IKP_2024_CLASSIFICATION[2],
    isDemo: false,
    visible: true,
    valueCount: 1,
    ...overrides,
  };
}

/** A boundary set with one square region per code. */
export function boundaries(level: 1 | 2, codes: string[]): BoundarySet {
  return {
    level,
    polygons: {
      type: 'FeatureCollection',
      features: codes.map((kode) => ({
        type: 'Feature',
        id: kode,
        properties: { kode, nama: `Wilayah ${kode}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      })),
    },
    labels: { type: 'FeatureCollection', features: [] },
  };
}

/** A search hit. */
export function hit(kode: string, nama: string): RegionHit {
  return { kode, nama, level: 2, jenis: 'kabupaten', induk: kode.slice(0, 2), pilkada2024: true, provinsi: null };
}

/** What regions.get answers for a region. */
export function detail(kode: string, nama: string): RegionDetail {
  return { region: hit(kode, nama), parentName: null, childCount: 0, values: [], reports: { total: 0, recent: [] } };
}

/** An import preview for a small IKP table. */
export function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    jobId: 'job',
    fileName: 'ikp.xlsx',
    sha256: 'abc',
    format: 'xlsx',
    sheets: [{ name: 'IKP', rows: 5, hidden: false }],
    sheet: 'IKP',
    kind: 'layer',
    level: 2,
    vintage: null,
    presetId: 'custom',
    layerName: 'ikp',
    headers: ['Kabupaten/Kota', 'Skor'],
    mapping: ['wilayah', 'skor'],
    headerRow: 1,
    dataStartRow: 2,
    sample: [],
    rows: { read: 4, stored: 4, skipped: 0, errors: 0 },
    regions: { matched: 4, ambiguous: [], unmatched: [], ambiguousTotal: 0, unmatchedTotal: 0 },
    issues: [],
    issueCount: 0,
    messages: [],
    hasRegionColumn: true,
    skipped: [],
    duplicateOf: null,
    ...overrides,
  };
}

/** A conflict: two files fill a region in differently. */
export function conflict(kode: string): MergeConflict {
  const option = (file: number, value: number) => ({
    file,
    fileName: `petugas-${file}.xlsx`,
    row: 2,
    value,
    category: null,
    extra: {},
  });
  return { kode, nama: `Wilayah ${kode}`, options: [option(0, 40), option(1, 41)] };
}

/** A merge preview of two returned templates. */
export function mergePreview(overrides: Partial<MergePreview> = {}): MergePreview {
  return {
    jobId: 'merge-job',
    kind: 'layer',
    level: 2,
    layerName: 'hasil pengumpulan',
    files: [],
    rows: { read: 4, stored: 2, skipped: 0, errors: 0 },
    conflicts: [],
    identical: 0,
    messages: [],
    ...overrides,
  };
}
