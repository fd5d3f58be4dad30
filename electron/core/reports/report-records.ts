// From what the analyst (or an import) gives to what is stored: the region checked, the date set to the start of its
// period, the category checked against the taxonomy, and the stage taken from the date unless chosen by hand.
import { ApiError } from '../../../shared/api/errors';
import type { ReportRow } from '../../../shared/import/types';
import { categoryMatcher } from '../../../shared/reports/categories';
import type { ReportCategory, ReportFields } from '../../../shared/reports/report';
import { periodStart } from '../../../shared/reports/report-dates';
import { stageOfDate, type Stage } from '../../../shared/reports/timeline';
import type { Store } from '../db/store';
import type { ReportRecord } from './report-columns';

/** What turning fields into records needs from the store, read once per unit of work. */
export interface ReportContext {
  categories: ReportCategory[];
  stages: Stage[];
  regionExists(kode: string): boolean;
}

/** Reads the taxonomy and schedule once; region lookups go to the store. */
export function reportContext(store: Store): ReportContext {
  return {
    categories: store.categories.list(),
    stages: store.stages.list(),
    regionExists: (kode) => store.regions.get(kode) !== undefined,
  };
}

/**
 * The record for an analyst's report. `keepCategory` allows an edited report to keep a category that has since been
 * switched off. Throws INVALID_INPUT, in words that say what to change, for an unknown region, category or stage.
 */
export function recordFromFields(
  context: ReportContext,
  fields: ReportFields,
  keep: {
    kategoriId?: string | null;
    provenance?: Pick<ReportRecord, 'batchId' | 'sourceRow' | 'kategoriAsli' | 'originFile' | 'originRow'>;
  } = {},
): ReportRecord {
  if (!context.regionExists(fields.kode)) {
    throw new ApiError(
      'INVALID_INPUT',
      `Wilayah ${fields.kode} tidak ada dalam daftar Kemendagri 2025. Pilih dari pencarian.`,
    );
  }
  const category = context.categories.find((c) => c.id === fields.kategoriId);
  if (!category || (!category.aktif && category.id !== keep.kategoriId)) {
    throw new ApiError(
      'INVALID_INPUT',
      `Kategori "${fields.kategoriId}" tidak ada atau sudah dinonaktifkan. Pilih kategori dari daftar.`,
    );
  }
  const tanggal = periodStart(fields.tanggal, fields.presisi);
  if (fields.tahapanId && !context.stages.some((s) => s.id === fields.tahapanId)) {
    throw new ApiError(
      'INVALID_INPUT',
      `Tahapan "${fields.tahapanId}" tidak ada di jadwal. Pilih tahapan dari daftar.`,
    );
  }
  const tahapanId = fields.tahapanId ?? stageOfDate(tanggal, context.stages)?.id ?? null;
  return {
    ...fields,
    tanggal,
    tahapanId,
    tahapanManual: fields.tahapanId !== null,
    kategoriAsli: keep.provenance?.kategoriAsli ?? null,
    batchId: keep.provenance?.batchId ?? null,
    sourceRow: keep.provenance?.sourceRow ?? null,
    originFile: keep.provenance?.originFile ?? null,
    originRow: keep.provenance?.originRow ?? null,
  };
}

/** Records for imported rows: the same report, blank where the table gave nothing, its category matched by name. */
export function importedRecords(context: ReportContext, batchId: number, rows: readonly ReportRow[]): ReportRecord[] {
  const matchCategory = categoryMatcher(context.categories);
  // Imports repeat the same few dates: each date's stage is looked up once.
  const stages = new Map<string, string | null>();
  const stageOf = (tanggal: string) => {
    let id = stages.get(tanggal);
    if (id === undefined) stages.set(tanggal, (id = stageOfDate(tanggal, context.stages)?.id ?? null));
    return id;
  };
  return rows.map((row) => ({
    tanggal: row.tanggal,
    presisi: 'hari',
    waktu: null,
    kode: row.kode,
    lokasi: null,
    jenis: row.jenis,
    aspek: null,
    kategoriId: matchCategory(row.kategori)?.id ?? null,
    kategoriAsli: row.kategori,
    keparahan: null,
    tahapanId: row.tanggal ? stageOf(row.tanggal) : null,
    tahapanManual: false,
    uraian: row.uraian,
    aktor: null,
    bagaimana: null,
    mengapa: null,
    sumber: row.sumber,
    keandalan: null,
    kredibilitas: null,
    analisis: null,
    prediksi: null,
    langkah: null,
    rekomendasi: null,
    status: 'baru',
    pencatat: null,
    batchId,
    sourceRow: row.row,
    originFile: row.origin?.file ?? null,
    originRow: row.origin?.row ?? null,
  }));
}
