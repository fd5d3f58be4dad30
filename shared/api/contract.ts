import { z } from './locale';
import type {
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
import type { JobResult, JobState } from '../jobs/job';
import type { BatchSummary, ImportCommitResult, ImportDetails, ImportJobState } from '../import/preview';
import { reportInputSchemas, type ReportApiOutputs } from './report-contract';

const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const kode = z.string().regex(CODE_PATTERN, 'Kode wilayah harus berbentuk 63, 63.01 atau 63.01.01');
const layerId = z.string().min(1).max(100);
const jobId = z.uuid('Sesi impor tidak dikenal.');
const fieldId = z.enum([
  'nomor',
  'kode',
  'wilayah',
  'provinsi',
  'kabkota',
  'kecamatan',
  'skor',
  'kategori',
  'tahun',
  'tanggal',
  'jenis',
  'uraian',
  'sumber',
  'indikator',
  'abaikan',
]);
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
});
/** Base64 of a file no larger than the import limit. */
const fileContent = z.string().max(base64Length(MAX_FILE_BYTES), `Berkas lebih dari ${MAX_FILE_TEXT}.`);

/** Input schemas, one per method: the boundary validates every call against these. */
export const inputSchemas = {
  'app.info': z.object({}),
  'regions.list': z.object({ level }),
  'regions.search': z.object({ query: z.string().max(100), limit: z.number().int().min(1).max(50).default(10) }),
  'regions.get': z.object({ kode }),
  'boundaries.get': z.object({ level }),
  'boundaries.import': z.object({
    fileName: z.string().max(260),
    content: z.string().max(MAX_FILE_BYTES, `Berkas batas wilayah lebih dari ${MAX_FILE_TEXT}.`),
  }),
  'layers.list': z.object({}),
  'layers.values': z.object({ layerId }),
  'layers.setVisible': z.object({ layerId, visible: z.boolean() }),
  'layers.delete': z.object({ layerId }),
  'layers.restoreDemo': z.object({}),
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
  'jobs.status': JobState;
  'jobs.result': JobResult;
  'jobs.cancel': { cancelled: boolean };
}

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
