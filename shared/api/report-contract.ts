// The report register's part of the API contract (reports.*, timeline.*, alerts.*): input schemas and result types,
// spread into contract.ts so the one contract stays the only list of methods.
import { z } from './locale';
import { CODE_PATTERN } from '../regions/codes';
import { ATHG_TYPES } from '../reports/athg';
import { ASPECTS } from '../reports/aspects';
import type { AlertsResult } from '../reports/alert-types';
import { alertRulesSchema, type AlertRules } from '../reports/alerts';
import type { DuplicateMatch } from '../reports/duplicates';
import type { Report, ReportCategory, ReportListRow } from '../reports/report';
import { REPORT_SORTS } from '../reports/report';
import { reportLayerWindowSchema, type ReportLayerWindow } from '../reports/report-layer';
import { isoDate, reportFieldsSchema } from '../reports/report-schema';
import { REPORT_STATUSES } from '../reports/scales';
import type { Timeline } from '../reports/timeline';
import type { WeeklySeries } from '../reports/weekly';

const id = z.number().int().positive('Nomor laporan harus bilangan bulat positif.');
const kode = z.string().regex(CODE_PATTERN, 'Kode wilayah harus berbentuk 63, 63.01 atau 63.01.01');
const slug = z.string().trim().min(1).max(80);
const date = z
  .string()
  .refine((text) => isoDate.safeParse(text).success, 'Tanggal ditulis TTTT-BB-HH (mis. 2024-11-27).');

/** The register's filters (all optional; they combine). */
export const reportFilterSchema = z.object({
  q: z.string().max(200).optional(),
  from: date.optional(),
  to: date.optional(),
  wilayah: kode.optional(),
  jenis: z
    .array(z.enum(ATHG_TYPES as unknown as ['A', 'T', 'H', 'G']))
    .max(4)
    .optional(),
  aspek: z.array(z.enum(ASPECTS)).max(ASPECTS.length).optional(),
  kategori: z.array(slug).max(200).optional(),
  tahapan: z.array(slug).max(200).optional(),
  status: z.array(z.enum(REPORT_STATUSES)).max(REPORT_STATUSES.length).optional(),
  keparahanMin: z.number().int().min(1).max(5).optional(),
  terhapus: z.boolean().optional(),
});

const stageSchema = z.object({
  id: slug,
  nama: z.string().max(200),
  mulai: date,
  selesai: date,
  urutan: z.number().int().default(0),
  pemungutan: z.boolean().default(false),
});

/** Input schemas of the report register's methods. */
export const reportInputSchemas = {
  'reports.list': z.object({
    filter: reportFilterSchema.default({}),
    sort: z.enum(REPORT_SORTS).default('tanggal-desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  }),
  'reports.get': z.object({ id }),
  'reports.create': z.object({ reports: z.array(reportFieldsSchema).min(1, 'Tidak ada laporan.').max(10_000) }),
  'reports.update': z.object({ id, report: reportFieldsSchema }),
  'reports.delete': z.object({ id }),
  'reports.restore': z.object({ id }),
  'reports.merge': z.object({ keepId: id, dropId: id, report: reportFieldsSchema }),
  'reports.duplicates': z.object({
    excludeId: id.nullable().default(null),
    report: z.object({
      tanggal: date,
      kode,
      kategoriId: slug,
      uraian: z.string().max(20_000).nullable().default(null),
      bagaimana: z.string().max(20_000).nullable().default(null),
    }),
  }),
  'reports.weekly': z.object({
    filter: reportFilterSchema.default({}),
    groupBy: z.enum(['kategori', 'tahapan', 'jenis']).default('kategori'),
  }),
  'reports.categories': z.object({}),
  'reports.saveCategories': z.object({
    categories: z
      .array(z.object({ id: slug.nullable().optional(), nama: z.string().max(200), aktif: z.boolean().default(true) }))
      .min(1, 'Daftar kategori tidak boleh kosong.')
      .max(200),
  }),
  'reports.layerWindow': z.object({}),
  'reports.setLayerWindow': reportLayerWindowSchema,
  'timeline.get': z.object({}),
  'timeline.save': z.object({ nama: z.string().max(200), stages: z.array(stageSchema).max(100) }),
  'alerts.list': z.object({
    asOf: date.optional(),
    windowDays: z.number().int().optional(),
    baselineWeeks: z.number().int().optional(),
    minCount: z.number().int().optional(),
  }),
  'alerts.rules': z.object({}),
  'alerts.saveRules': z.object({ rules: alertRulesSchema }),
  'alerts.acknowledge': z.object({
    kode,
    from: date,
    to: date,
    catatan: z.string().trim().min(1, 'Tulis catatan tanggapan.').max(2000),
    pencatat: z.string().trim().max(200).nullable().default(null),
  }),
} as const;

/** The layer window in force, with the dates it covers now. */
export type ReportLayerWindowState = ReportLayerWindow & { from: string; to: string };

/** Result types of the report register's methods. */
export interface ReportApiOutputs {
  'reports.list': { total: number; rows: ReportListRow[] };
  'reports.get': Report;
  'reports.create': { ids: number[] };
  'reports.update': Report;
  'reports.delete': { deleted: boolean };
  'reports.restore': Report;
  'reports.merge': Report;
  'reports.duplicates': DuplicateMatch<Report>[];
  'reports.weekly': WeeklySeries;
  'reports.categories': ReportCategory[];
  'reports.saveCategories': ReportCategory[];
  'reports.layerWindow': ReportLayerWindowState;
  'reports.setLayerWindow': ReportLayerWindowState;
  'timeline.get': Timeline;
  'timeline.save': Timeline;
  'alerts.list': AlertsResult;
  'alerts.rules': AlertRules;
  'alerts.saveRules': AlertRules;
  'alerts.acknowledge': { acknowledged: boolean };
}
