import type { Break } from '../classify/classification';
import type { RegionLevel } from '../regions/types';

/** The products analysts map (DOMAIN.md), plus their own scores, composites built in Waspada, and the demo. */
export type ProductId = 'ikp' | 'pemetaan' | 'tps-rawan' | 'ipkp' | 'custom' | 'komposit' | 'contoh';

/** What a layer's numbers are: a 0–100 style score, a count (TPS rawan), or published categories only. */
export type ScaleKind = 'score' | 'count' | 'categories';

/** The region list an edition was built on: today's 38 provinces, or the 34 before the 2022 Papua split. */
export type RegionSet = '38-provinsi' | '34-provinsi';

/** One published category, in the order the publisher ranks them (lowest vulnerability first). */
export interface CategoryDef {
  key: string;
  label: string;
}

/** Published cuts per level ("1" provinsi, "2" kab/kota, "3" kecamatan): IKP 2024 cuts each level differently. */
export type ThresholdsByLevel = Partial<Record<`${RegionLevel}`, Break[]>>;

/**
 * An edition of a product: what its numbers mean and where its published classes cut. Shipped editions are
 * defaults; each layer keeps its own copy, which the analyst may edit (layer properties panel).
 */
export interface Edition {
  /** Shipped edition id ("ikp-2024"), or "custom" for an analyst's own. */
  editionId: string;
  product: ProductId;
  /** As shown on screen: "IKP Pemilu dan Pemilihan Serentak 2024 (Bawaslu)". */
  name: string;
  /** ISO date the edition was published, when known. */
  publishedOn: string | null;
  scaleKind: ScaleKind;
  scaleMin: number | null;
  scaleMax: number | null;
  categories: CategoryDef[];
  thresholds: ThresholdsByLevel;
  regionSet: RegionSet;
  source: string;
  notes: string;
}

/** Words for the scale kinds and region sets, as the properties panel and the CLI show them. */
export const SCALE_KIND_LABEL: Record<ScaleKind, string> = {
  score: 'skor (nilai kontinu)',
  count: 'jumlah (cacah)',
  categories: 'kategori saja',
};
export const REGION_SET_LABEL: Record<RegionSet, string> = {
  '38-provinsi': '38 provinsi (kode Kemendagri 2025)',
  '34-provinsi': '34 provinsi (sebelum pemekaran Papua 2022)',
};
export const PRODUCT_LABEL: Record<ProductId, string> = {
  ikp: 'IKP Bawaslu',
  pemetaan: 'Pemetaan Kerawanan Pemilihan (Bawaslu)',
  'tps-rawan': 'TPS rawan (Bawaslu)',
  ipkp: 'IPKP Polri',
  custom: 'Lapisan sendiri',
  komposit: 'Indeks komposit (Waspada)',
  contoh: 'Data contoh (fiktif)',
};

/** The published cuts of an edition at one level; empty when it publishes none there. */
export function thresholdsAt(edition: Edition, level: RegionLevel): Break[] {
  return edition.thresholds[`${level}`] ?? [];
}

/** True when the edition publishes categories but no cuts at any level: regions are placed by category alone. */
export function isCategoriesOnly(edition: Edition): boolean {
  return (
    edition.categories.length > 0 &&
    (edition.scaleKind === 'categories' || Object.values(edition.thresholds).every((cuts) => !cuts?.length))
  );
}

/** True when the edition has its own classes at this level: cuts that fit its categories, or categories only. */
export function hasOfficialClasses(edition: Edition, level: RegionLevel): boolean {
  if (edition.categories.length === 0) return false;
  return isCategoriesOnly(edition) || thresholdsAt(edition, level).length === edition.categories.length - 1;
}
