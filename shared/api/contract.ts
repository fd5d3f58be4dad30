import { z } from './locale';
import type {
  AliasEntry,
  AppInfo,
  BoundaryImportResult,
  BoundarySet,
  LayerSummary,
  RegionDetail,
  RegionHit,
  RegionValue,
} from './types';
import { base64Length, MAX_FILE_BYTES, MAX_FILE_TEXT } from '../limits';
import { CODE_PATTERN } from '../regions/codes';
import type { Region } from '../regions/types';
import type { AuditEntry } from '../audit/audit';
import { MAX_BACKUP_KEEP, type BackupInfo, type BackupList, type RestoreResult } from '../backups/backups';
import { MIN_PASSPHRASE_LENGTH, type StoreCheck, type StoreStatus } from '../safety/store-status';
import type { JobResult, JobState } from '../jobs/job';
import type { BatchSummary, ImportCommitResult, ImportDetails, ImportJobState } from '../import/preview';
import { briefingLayoutSchema } from '../briefing/layout';
import type { BriefingPreview, SavedLayout } from '../briefing/saved-layout';
import { FIELD_IDS } from '../import/fields';
import type { MergeJobState } from '../import/merge';
import { classingSchema } from '../classify/layer-classes';
import { CLASS_METHODS, type ClassMethod } from '../classify/methods';
import { MAX_CLASSES, MIN_CLASSES, PALETTES, type PaletteId } from '../classify/palettes';
import type { ClassifyReport } from '../layers/classify-report';
import type { Comparison } from '../compare/compare';
import type { CompositeDefinition } from '../composite/composite';
import { compositeSchema } from '../composite/composite-schema';
import type { CompositeTrace } from '../composite/compute';
import { editionSchema } from '../editions/edition-schema';
import { viewStateSchema, type MapViewState } from '../map/view-state';
import type { LayerDetail } from './layer-detail';
import { reportFilterSchema, reportInputSchemas, type ReportApiOutputs } from './report-contract';
import { REPORT_SORTS } from '../reports/report';

const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const kode = z.string().regex(CODE_PATTERN, 'Kode wilayah harus berbentuk 63, 63.01 atau 63.01.01');
const layerId = z.string().min(1).max(100);
const jobId = z.uuid('Sesi impor tidak dikenal.');
const fieldId = z.enum(FIELD_IDS);
const importOptions = z.object({
  sheet: z.string().max(200).optional(),
  kind: z.enum(['layer', 'reports']).optional(),
  presetId: z.string().max(40).optional(),
  layerName: z.string().trim().min(1).max(200).optional(),
  mapping: z.array(fieldId).max(500).optional(),
  level: level.optional(),
  vintage: z.enum(['current', 'pre-2022']).optional(),
  decimal: z.enum([',', '.', 'auto']).optional(),
  listMatches: z.boolean().optional(),
  papua: z.object({ '91': z.string().max(10).optional(), '92': z.string().max(10).optional() }).optional(),
});
const passphrase = z.string().min(1, 'Frasa sandi kosong.').max(1024);
const newPassphrase = z
  .string()
  .refine((p) => [...p].length >= MIN_PASSPHRASE_LENGTH, `Frasa sandi minimal ${MIN_PASSPHRASE_LENGTH} karakter.`)
  .refine((p) => p.length <= 1024, 'Frasa sandi terlalu panjang.');
/** Base64 of a file no larger than the import limit. */
const fileContent = z.string().max(base64Length(MAX_FILE_BYTES), `Berkas lebih dari ${MAX_FILE_TEXT}.`);
const provinceKode = z.string().regex(/^\d{2}$/, 'Kode provinsi berupa dua angka, mis. 32');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal berbentuk TTTT-BB-HH');
/** Reports "in view": the same filters the screen applies (province, date range, ATHG types). */
const reportFilter = z.object({
  province: provinceKode.nullable().optional(),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
  jenis: z
    .array(z.enum(['A', 'T', 'H', 'G']))
    .max(4)
    .nullable()
    .optional(),
});
/** Several returned templates at once; together no larger than one file may be, since they cross in one call. */
const mergeFiles = z
  .array(z.object({ fileName: z.string().min(1).max(260), content: fileContent }))
  .min(2, 'Pilih sedikitnya dua berkas untuk digabung.')
  .max(100, 'Paling banyak 100 berkas sekaligus.')
  .refine((files) => files.reduce((n, f) => n + f.content.length, 0) <= base64Length(MAX_FILE_BYTES), {
    message: `Berkas yang dipilih bersama-sama lebih dari ${MAX_FILE_TEXT}. Gabungkan dalam beberapa kelompok.`,
  });

/** A briefing map's view: a layer over the whole country (no area) or one province (or kab/kota for kecamatan). */
const briefingView = {
  layerId,
  area: kode.nullable().default(null),
  layout: briefingLayoutSchema.default(briefingLayoutSchema.parse({})),
};
const dpi = z
  .number()
  .int()
  .min(72, 'Resolusi PNG paling kecil 72 dpi.')
  .max(600, 'Resolusi PNG paling besar 600 dpi.');
const layoutName = z.string().trim().min(1, 'Beri nama tata letak.').max(80);

/** Input schemas, one per method: the boundary validates every call against these. */
export const inputSchemas = {
  'app.info': z.object({}),
  'regions.list': z.object({ level }),
  'regions.search': z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).default(10) }),
  'regions.get': z.object({ kode }),
  'boundaries.get': z.object({ level, within: kode.optional() }),
  'boundaries.import': z.object({
    fileName: z.string().max(260),
    content: z.string().max(MAX_FILE_BYTES, `Berkas batas wilayah lebih dari ${MAX_FILE_TEXT}.`),
  }),
  'layers.list': z.object({}),
  'layers.values': z.object({ layerId }),
  'layers.setVisible': z.object({ layerId, visible: z.boolean() }),
  'layers.delete': z.object({ layerId }),
  'layers.restoreDemo': z.object({}),
  'layers.show': z.object({ layerId }),
  'layers.update': z.object({
    layerId,
    name: z.string().trim().min(1, 'Nama lapisan tidak boleh kosong.').max(200).optional(),
    edition: editionSchema.optional(),
    classing: classingSchema.optional(),
  }),
  'layers.classify': z.object({
    layerId,
    method: z.enum(CLASS_METHODS as [ClassMethod, ...ClassMethod[]]),
    classes: z.number().int().min(MIN_CLASSES).max(MAX_CLASSES).optional(),
    breaks: z
      .array(z.number().finite())
      .min(1)
      .max(MAX_CLASSES - 1)
      .optional(),
    palette: z.enum(PALETTES.map((p) => p.id) as [PaletteId, ...PaletteId[]]).optional(),
    save: z.boolean().default(false),
  }),
  'layers.compare': z.object({
    layerId,
    withId: layerId,
    tetap: z.number().finite().min(0).max(1000).optional(),
    strong: z.number().finite().min(0).max(1000).optional(),
  }),
  'composites.save': z.object({
    layerId: layerId.optional(),
    name: z.string().trim().min(1, 'Beri nama indeks komposit.').max(200),
    level,
    definition: compositeSchema,
  }),
  'composites.get': z.object({ layerId }),
  'composites.trace': z.object({ layerId, kode }),
  'view.load': z.object({}),
  'view.save': z.object({ state: viewStateSchema }),
  'import.presets': z.object({}),
  'import.start': z.union([
    z.object({ fileName: z.string().min(1).max(260), content: fileContent, options: importOptions.default({}) }),
    z.object({ fromJobId: jobId, options: importOptions.default({}) }),
  ]),
  'import.status': z.object({ jobId }),
  'import.details': z.object({ jobId }),
  'import.commit': z.object({
    jobId,
    allowDuplicate: z.boolean().default(false),
    layerName: z.string().trim().max(200).optional(),
  }),
  'import.issuesCsv': z.object({ jobId }),
  'import.discard': z.object({ jobId }),
  'batches.list': z.object({}),
  'batches.undo': z.object({ batchId: z.number().int().positive() }),
  'jobs.status': z.object({ jobId: z.uuid('Pekerjaan tidak dikenal.') }),
  'jobs.result': z.object({ jobId: z.uuid('Pekerjaan tidak dikenal.') }),
  'jobs.cancel': z.object({ jobId: z.uuid('Pekerjaan tidak dikenal.') }),
  'audit.list': z.object({ limit: z.number().int().min(1).max(100_000).default(1000) }),
  'briefing.preview': z.object(briefingView),
  'briefing.export': z.object({ ...briefingView, format: z.enum(['pdf', 'png', 'svg']), dpi: dpi.default(300) }),
  'briefing.atlas': z.object({ ...briefingView, format: z.enum(['pdf', 'png']).default('pdf'), dpi: dpi.default(300) }),
  'briefing.pack': z.object({ ...briefingView, zip: z.boolean().default(true) }),
  'briefing.layouts': z.object({}),
  'briefing.saveLayout': z.object({ name: layoutName, layout: briefingLayoutSchema }),
  'briefing.deleteLayout': z.object({ name: layoutName }),
  'export.annex': z.object({
    layerId,
    province: provinceKode.nullable().default(null),
    reports: reportFilter.nullable().default(null),
  }),
  'export.csv': z.object({
    layerId,
    table: z.enum(['wilayah', 'ringkasan', 'laporan']).default('wilayah'),
    separator: z.enum([';', ',']).default(';'),
    province: provinceKode.nullable().default(null),
  }),
  'export.register': z.object({
    filter: reportFilterSchema.default({}),
    sort: z.enum(REPORT_SORTS).default('tanggal-desc'),
  }),
  'export.template': z.object({
    province: z.union([provinceKode, z.literal('all')]),
    /** The layer whose fields are collected, or null for incident reports. */
    layerId: layerId.nullable(),
    bundle: z.enum(['zip', 'files']).default('zip'),
  }),
  'merge.start': z.object({ files: mergeFiles, options: importOptions.default({}) }),
  'merge.status': z.object({ jobId: z.uuid('Sesi penggabungan tidak dikenal.') }),
  'merge.commit': z.object({
    jobId: z.uuid('Sesi penggabungan tidak dikenal.'),
    choices: z
      .array(z.object({ kode, file: z.number().int().min(0).nullable() }))
      .max(100_000)
      .default([]),
    allowDuplicate: z.boolean().default(false),
  }),
  'merge.discard': z.object({ jobId: z.uuid('Sesi penggabungan tidak dikenal.') }),
  'audit.exportCsv': z.object({}),
  'aliases.list': z.object({}),
  'aliases.remove': z.object({ nameKey: z.string().max(400), provinceKey: z.string().max(400), level }),
  'store.status': z.object({}),
  'store.unlock': z.object({ passphrase, remember: z.boolean().default(false) }),
  'store.check': z.object({}),
  'backups.list': z.object({}),
  'backups.create': z.object({ out: z.string().min(1).max(4096).optional() }),
  'backups.restore': z.object({ backup: z.string().min(1).max(4096) }),
  'backups.setKeep': z.object({ keep: z.number().int().min(1).max(MAX_BACKUP_KEEP) }),
  'passphrase.set': z.object({ passphrase: newPassphrase }),
  'passphrase.change': z.object({ current: passphrase, next: newPassphrase }),
  'passphrase.remove': z.object({ current: passphrase }),
  'regions.remember': z.object({
    input: z.string().min(1).max(200),
    province: z.string().max(200).nullable().default(null),
    level,
    kode,
  }),
  ...reportInputSchemas,
} as const;

/** Result type of each method. */
export interface ApiOutputs extends ReportApiOutputs {
  'app.info': AppInfo;
  'regions.list': Region[];
  'regions.search': RegionHit[];
  'regions.get': RegionDetail;
  'boundaries.get': BoundarySet;
  'boundaries.import': BoundaryImportResult;
  'layers.list': LayerSummary[];
  'layers.values': RegionValue[];
  'layers.setVisible': LayerSummary;
  'layers.delete': { deleted: boolean };
  'layers.restoreDemo': LayerSummary;
  'layers.show': LayerDetail;
  'layers.update': LayerSummary;
  'layers.classify': ClassifyReport;
  'layers.compare': Comparison & { layer: LayerSummary; with: LayerSummary };
  'composites.save': LayerSummary;
  'composites.get': CompositeDefinition;
  'composites.trace': CompositeTrace;
  'view.load': MapViewState | null;
  'view.save': { saved: boolean };
  'import.presets': { id: string; name: string }[];
  'import.start': { jobId: string };
  'import.status': ImportJobState;
  'import.details': ImportDetails;
  'import.commit': ImportCommitResult;
  'import.issuesCsv': { fileName: string; csv: string };
  'import.discard': { discarded: boolean };
  'batches.list': BatchSummary[];
  'batches.undo': { undone: boolean };
  'regions.remember': { remembered: boolean };
  'audit.list': AuditEntry[];
  'audit.exportCsv': { fileName: string; csv: string };
  'aliases.list': AliasEntry[];
  'aliases.remove': { removed: boolean };
  'store.status': StoreStatus;
  'store.unlock': StoreStatus;
  'store.check': StoreCheck;
  'backups.list': BackupList;
  'backups.create': BackupInfo;
  'backups.restore': RestoreResult;
  'backups.setKeep': { keep: number };
  'passphrase.set': PassphraseOutcome;
  'passphrase.change': PassphraseOutcome;
  'passphrase.remove': PassphraseOutcome;
  'jobs.status': JobState;
  'jobs.result': JobResult;
  'jobs.cancel': { cancelled: boolean };
  'briefing.preview': BriefingPreview;
  'briefing.export': { jobId: string };
  'briefing.atlas': { jobId: string };
  'briefing.pack': { jobId: string };
  'briefing.layouts': SavedLayout[];
  'briefing.saveLayout': SavedLayout;
  'briefing.deleteLayout': { deleted: boolean };
  'export.annex': { jobId: string };
  'export.csv': { jobId: string };
  'export.register': { jobId: string };
  'export.template': { jobId: string };
  'merge.start': { jobId: string };
  'merge.status': MergeJobState;
  'merge.commit': ImportCommitResult;
  'merge.discard': { discarded: boolean };
}

/** What a passphrase change did: the store's state and how many backups followed it. */
export interface PassphraseOutcome {
  encrypted: boolean;
  backupsRekeyed: number;
  /** Backups that could not be re-keyed (encrypted with yet another passphrase). */
  backupsSkipped: string[];
}

/** Methods the session answers itself, whether or not the store is open (status, unlock, backups, passphrase). */
export const SESSION_DOMAINS = ['store', 'backups', 'passphrase'] as const;

export type ApiMethod = keyof typeof inputSchemas;
/** What a caller passes (defaults may be omitted). */
export type ApiInput<M extends ApiMethod> = z.input<(typeof inputSchemas)[M]>;
/** What a handler receives after validation (defaults filled in). */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof inputSchemas)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

export const API_METHODS = Object.keys(inputSchemas) as ApiMethod[];

/** True for a string that names a method of the contract. */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(inputSchemas, name);
}

/** The one function both shells expose to the renderer (window.api in Electron, HTTP in the browser shell). */
export interface ApiTransport {
  invoke(method: ApiMethod, input: unknown): Promise<import('./errors').ApiResult<unknown>>;
}
