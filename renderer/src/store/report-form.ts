// The report form and the merge of two reports as pure transitions: a draft holds text as typed, is checked with the
// same schema the core uses, and becomes the API's input only when it passes.
import type { DuplicateMatch } from '../../../shared/reports/duplicates';
import type { Report, ReportFields } from '../../../shared/reports/report';
import { validateReport, type ReportFieldsInput } from '../../../shared/reports/report-schema';
import { statusChangeError, type DatePrecision, type ReportStatus } from '../../../shared/reports/scales';

/** Every field as its input holds it (numbers and choices as text), plus the region's name for the picker. */
export type ReportDraft = {
  [K in keyof ReportFields]: K extends 'presisi' ? DatePrecision : K extends 'status' ? ReportStatus : string;
} & {
  namaWilayah: string;
};

/** The form while it is open. */
export interface ReportFormState {
  mode: 'baru' | 'ubah';
  id: number | null;
  /** The status the report had when the form opened: the status may only move on from it. */
  originalStatus: ReportStatus;
  draft: ReportDraft;
  errors: Partial<Record<keyof ReportFields, string>>;
  duplicates: DuplicateMatch<Report>[];
  saving: boolean;
}

/** A blank laporan informasi dated today, with who is entering it remembered from last time. */
export function emptyDraft(today: string, pencatat: string): ReportDraft {
  return {
    tanggal: today,
    presisi: 'hari',
    waktu: '',
    kode: '',
    namaWilayah: '',
    lokasi: '',
    jenis: '',
    aspek: '',
    kategoriId: '',
    keparahan: '',
    uraian: '',
    aktor: '',
    bagaimana: '',
    mengapa: '',
    sumber: '',
    keandalan: '',
    kredibilitas: '',
    tahapanId: '',
    analisis: '',
    prediksi: '',
    langkah: '',
    rekomendasi: '',
    status: 'baru',
    pencatat,
  };
}

/** A stored report in the form (an imported one shows its blanks as blanks to fill). */
export function draftFromReport(report: Report): ReportDraft {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    ...emptyDraft(report.tanggal ?? '', report.pencatat ?? ''),
    presisi: report.presisi,
    waktu: report.waktu ? report.waktu.replace(':', '.') : '',
    kode: report.kode,
    namaWilayah: report.namaWilayah,
    lokasi: text(report.lokasi),
    jenis: text(report.jenis),
    aspek: text(report.aspek),
    kategoriId: text(report.kategoriId),
    keparahan: text(report.keparahan),
    uraian: text(report.uraian),
    aktor: text(report.aktor),
    bagaimana: text(report.bagaimana),
    mengapa: text(report.mengapa),
    sumber: text(report.sumber),
    keandalan: text(report.keandalan),
    kredibilitas: text(report.kredibilitas),
    tahapanId: report.tahapanManual ? text(report.tahapanId) : '',
    analisis: text(report.analisis),
    prediksi: text(report.prediksi),
    langkah: text(report.langkah),
    rekomendasi: text(report.rekomendasi),
    status: report.status,
  };
}

/** The draft as the API takes it: numbers parsed, empty choices left out (so the schema names them as missing). */
export function draftToInput(draft: ReportDraft): ReportFieldsInput {
  const choice = (value: string) => (value === '' ? undefined : value);
  const number = (value: string) => (value.trim() === '' ? undefined : Number(value));
  const { namaWilayah: _name, ...fields } = draft;
  return {
    ...fields,
    kode: choice(draft.kode),
    jenis: choice(draft.jenis),
    aspek: choice(draft.aspek),
    kategoriId: choice(draft.kategoriId),
    keandalan: choice(draft.keandalan),
    keparahan: number(draft.keparahan),
    kredibilitas: number(draft.kredibilitas),
    tahapanId: draft.tahapanId || null,
  } as ReportFieldsInput;
}

/** Checks a draft as the core will, plus the status rule against the status the report had. */
export function checkDraft(
  draft: ReportDraft,
  originalStatus: ReportStatus,
): { ok: true; value: ReportFields } | { ok: false; errors: Partial<Record<keyof ReportFields, string>> } {
  const result = validateReport(draftToInput(draft));
  const statusError = statusChangeError(originalStatus, draft.status);
  if (result.ok && !statusError) return result;
  const errors = result.ok ? {} : { ...result.errors };
  if (statusError) errors.status = statusError;
  return { ok: false, errors };
}

/** A field changed: its error goes (the rest stay until the next check). */
export function fieldChanged<K extends keyof ReportDraft>(form: ReportFormState, field: K, value: ReportDraft[K]) {
  const { [field as keyof ReportFields]: _gone, ...errors } = form.errors;
  return { ...form, draft: { ...form.draft, [field]: value }, errors };
}

/** Fields compared side by side in a merge, in the laporan informasi's order. */
export const MERGE_FIELDS = [
  'tanggal',
  'waktu',
  'kode',
  'lokasi',
  'jenis',
  'aspek',
  'kategoriId',
  'keparahan',
  'uraian',
  'aktor',
  'bagaimana',
  'mengapa',
  'sumber',
  'keandalan',
  'kredibilitas',
  'analisis',
  'prediksi',
  'langkah',
  'rekomendasi',
  'status',
  'pencatat',
] as const satisfies readonly (keyof ReportFields)[];

export type MergeField = (typeof MERGE_FIELDS)[number];

/** Two reports of one incident side by side: for each field, which one's value the merged report keeps. */
export interface MergeState {
  keep: Report;
  other: Report;
  choices: Partial<Record<MergeField, 'keep' | 'other'>>;
}

/** The merged report: the kept report's draft with each field taken from where the analyst chose. */
export function mergedDraft(merge: MergeState): ReportDraft {
  const keep = draftFromReport(merge.keep);
  const other = draftFromReport(merge.other);
  const draft = { ...keep };
  for (const field of MERGE_FIELDS) {
    if (merge.choices[field] !== 'other') continue;
    (draft as Record<string, string>)[field] = other[field];
    if (field === 'kode') draft.namaWilayah = other.namaWilayah;
    if (field === 'tanggal') draft.presisi = other.presisi;
  }
  return draft;
}
