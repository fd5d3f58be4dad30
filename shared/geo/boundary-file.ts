import { isRegionCode, levelOfCode } from '../regions/codes';
import type { RegionLevel } from '../regions/types';
import { labelPoint } from './label-point';

/** A boundary polygon ready to store. */
export interface ParsedBoundary {
  kode: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  label: [number, number];
}

/** The outcome of reading a boundary file: its level, its usable features and what was wrong with the rest. */
export interface ParsedBoundaryFile {
  level: RegionLevel;
  features: ParsedBoundary[];
  skipped: { kode: string; reason: string }[];
}

const CODE_KEYS = ['kode', 'KODE', 'kode_wilayah', 'KODE_WILAYAH', 'kode_kemendagri', 'kdepum', 'KDEPUM', 'code', 'id'];

/** Dotted Kemendagri code from "63", "6301", "630101", "63.01" — or null. */
export function normaliseCode(raw: unknown): string | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).trim();
  if (isRegionCode(text)) return text;
  if (/^\d{2}(\d{2}){0,2}$/.test(text)) return text.match(/\d{2}/g)!.join('.');
  return null;
}

function featureCode(feature: Record<string, unknown>): string | null {
  const properties = (feature.properties ?? {}) as Record<string, unknown>;
  for (const key of CODE_KEYS) {
    if (Object.hasOwn(properties, key)) {
      const code = normaliseCode(properties[key]);
      if (code) return code;
    }
  }
  return normaliseCode(feature.id);
}

/** Longitude/latitude of Indonesia with a margin: anything else is not WGS84 or not Indonesia. */
function insideIndonesia([lng, lat]: [number, number]): boolean {
  return lng >= 90 && lng <= 145 && lat >= -15 && lat <= 10;
}

/** Thrown with a message the analyst can act on. */
export class BoundaryFileError extends Error {}

/**
 * Reads a GeoJSON FeatureCollection of one administrative level with Kemendagri codes. Features without a code or
 * with an unusable geometry are skipped and listed; a file with none usable, or mixing levels, is refused.
 */
export function parseBoundaryFile(data: unknown): ParsedBoundaryFile {
  const collection = data as { type?: unknown; features?: unknown };
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new BoundaryFileError(
      'Berkas ini bukan GeoJSON FeatureCollection. Pilih berkas .geojson berisi poligon wilayah.',
    );
  }
  const features: ParsedBoundary[] = [];
  const skipped: { kode: string; reason: string }[] = [];
  const levels = new Set<RegionLevel>();
  for (const [index, raw] of (collection.features as unknown[]).entries()) {
    const feature = (raw ?? {}) as Record<string, unknown>;
    const kode = featureCode(feature);
    if (!kode) {
      skipped.push({ kode: `#${index + 1}`, reason: 'tidak ada kode wilayah Kemendagri (kolom "kode")' });
      continue;
    }
    const geometry = feature.geometry as ParsedBoundary['geometry'] | null;
    if (
      !geometry ||
      (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') ||
      !Array.isArray(geometry.coordinates)
    ) {
      skipped.push({ kode, reason: 'geometri bukan Polygon atau MultiPolygon' });
      continue;
    }
    const label = labelPoint(geometry);
    if (!insideIndonesia(label)) {
      skipped.push({ kode, reason: 'koordinat di luar Indonesia (harus WGS84, bujur-lintang)' });
      continue;
    }
    levels.add(levelOfCode(kode));
    features.push({ kode, geometry: { type: geometry.type, coordinates: geometry.coordinates }, label });
  }
  const merged = mergeRepeatedCodes(features);
  if (merged.length === 0) {
    throw new BoundaryFileError(
      'Tidak ada poligon wilayah yang bisa dipakai dalam berkas ini. Pastikan tiap fitur punya properti "kode" ' +
        '(mis. 63.01).',
    );
  }
  if (levels.size > 1) {
    throw new BoundaryFileError(
      'Berkas mencampur beberapa tingkat wilayah. Impor provinsi, kabupaten/kota dan kecamatan dalam berkas terpisah.',
    );
  }
  return { level: [...levels][0]!, features: merged, skipped };
}

/**
 * Some exports write each island of a region as its own feature with the same code: join them into one
 * MultiPolygon per code, labelled on its largest part.
 */
function mergeRepeatedCodes(features: ParsedBoundary[]): ParsedBoundary[] {
  const byCode = new Map<string, ParsedBoundary[]>();
  for (const feature of features) byCode.set(feature.kode, [...(byCode.get(feature.kode) ?? []), feature]);
  return [...byCode.values()].map((parts) => {
    if (parts.length === 1) return parts[0]!;
    const polygons = parts.flatMap((part) =>
      part.geometry.type === 'Polygon' ? [part.geometry.coordinates] : (part.geometry.coordinates as unknown[]),
    );
    const geometry = { type: 'MultiPolygon' as const, coordinates: polygons };
    return { kode: parts[0]!.kode, geometry, label: labelPoint(geometry) };
  });
}
