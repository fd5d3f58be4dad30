import type { Classification } from '../classify/classification';
import type { ClassingSpec } from '../classify/layer-classes';
import type { Edition } from '../editions/edition';
import type { Region, RegionLevel } from '../regions/types';

/** Counts per level, as `info --json` prints them. */
export interface LevelCounts {
  provinsi: number;
  kabkota: number;
  kecamatan: number;
}

/** What the app knows about itself and its store. */
export interface AppInfo {
  version: string;
  dataDir: string;
  schemaVersion: number;
  regions: LevelCounts;
  boundaries: LevelCounts;
  /** Where the stored boundaries came from (`boundaries.source`), e.g. the pack, a file, or synthetic fixtures. */
  boundarySources: string[];
}

/** A search hit: the region plus its province's name, so "Banjar" can be told apart. */
export interface RegionHit extends Region {
  provinsi: string | null;
}

/** A layer's value for one region. */
export interface LayerValue {
  layerId: string;
  layerName: string;
  value: number | null;
  category: string | null;
  classIndex: number | null;
  /** True for the demo layer: its numbers are fictitious and say so wherever they appear. */
  isDemo?: boolean;
  /** A visible note when the value reaches today's region through the Papua crosswalk (never silently). */
  note?: string | null;
}

/** One incident report as the region panel lists it. */
export interface ReportSummary {
  id: number;
  tanggal: string | null;
  jenis: 'A' | 'T' | 'H' | 'G' | null;
  kategori: string | null;
  uraian: string | null;
  sumber: string | null;
  kode: string;
  nama: string;
}

/** Everything the side panel shows for one region. */
export interface RegionDetail {
  region: RegionHit;
  parentName: string | null;
  childCount: number;
  values: LayerValue[];
  /** Reports of the region and the regions under it: how many, and the latest few. */
  reports: { total: number; recent: ReportSummary[] };
}

/** A layer as listed in the layer panel. */
export interface LayerSummary {
  id: string;
  name: string;
  level: RegionLevel;
  source: string;
  editionDate: string | null;
  scaleMin: number | null;
  scaleMax: number | null;
  classification: Classification;
  isDemo: boolean;
  visible: boolean;
  valueCount: number;
  /**
   * The layer's own copy of its edition (product, date, scale kind, thresholds per level, categories, region set,
   * source, notes). Optional so layers computed on request (e.g. from reports) need not invent one: read it through
   * `editionOf` (shared/editions/layer-edition.ts).
   */
  edition?: Edition;
  /** How the classes are cut (method, count, palette); read through `classingOf`. */
  classing?: ClassingSpec;
  /** Stored (imported or demo), a composite index recomputed from its inputs, or computed on request. */
  origin?: 'stored' | 'composite' | 'computed';
  /** What had to be adjusted when the classes were made (tied values, no published cuts at this level). */
  classNotes?: string[];
}

/** One region's value in a layer, for colouring the map. */
export interface RegionValue {
  kode: string;
  value: number | null;
  category: string | null;
  /** Set when the value was given to this region from its pre-2022 province ("91 Papua"), marked as inherited. */
  inheritedFrom?: string | null;
}

/** A GeoJSON feature as the map needs it: id is the Kemendagri code. */
export interface BoundaryFeature {
  type: 'Feature';
  id: string;
  properties: { kode: string; nama: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

/** Polygons plus one label point per region, for one level. */
export interface BoundarySet {
  level: RegionLevel;
  polygons: { type: 'FeatureCollection'; features: BoundaryFeature[] };
  labels: {
    type: 'FeatureCollection';
    features: {
      type: 'Feature';
      id: string;
      properties: { kode: string; nama: string };
      geometry: { type: 'Point'; coordinates: [number, number] };
    }[];
  };
}

/** What a boundary import did. */
export interface BoundaryImportResult {
  level: RegionLevel;
  stored: number;
  skipped: { kode: string; reason: string }[];
}

/** Credits the app must show: boundary MIT notice and idn-area-data ODbL. */
export interface Credit {
  title: string;
  licence: string;
  text: string;
}

/** A remembered answer to "which region did you mean?", as the alias list shows it. */
export interface AliasEntry {
  /** The folded name and province the answer is keyed by (what `aliases.remove` takes). */
  nameKey: string;
  provinceKey: string;
  level: RegionLevel;
  kode: string;
  nama: string;
  /** The name (and province) as the analyst saw it. */
  input: string;
  createdAt: string;
}
