// The one validation of a report, with messages in Bahasa Indonesia: the API boundary checks every write with it,
// and the form shows its messages beside the fields they concern.
import { z } from '../api/locale';
import { formatNumber } from '../format/number';
import { CODE_PATTERN, levelOfCode } from '../regions/codes';
import { ATHG_TYPES } from './athg';
import { ASPECTS } from './aspects';
import { isIsoDate } from './report-dates';
import type { ReportFields } from './report';
import { DATE_PRECISIONS, RELIABILITY_GRADES, REPORT_STATUSES } from './scales';

const LONG_TEXT = 20_000;

/** Optional text: blank becomes null. */
const optionalText = (max = LONG_TEXT) =>
  z
    .string()
    .max(max, `Paling banyak ${formatNumber(max)} karakter.`)
    .nullish()
    .transform((text) => (text?.trim() ? text.trim() : null));

const requiredText = (message: string, max = LONG_TEXT) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Paling banyak ${formatNumber(max)} karakter.`);

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

const scale = (min: number, max: number, message: string) =>
  z.number({ error: message }).int(message).min(min, message).max(max, message);

/** A date as YYYY-MM-DD that exists in the calendar. */
export const isoDate = z
  .string({ error: 'Isi tanggal kejadian.' })
  .refine(isIsoDate, 'Tanggal harus tanggal yang ada, ditulis TTTT-BB-HH (mis. 2024-11-27).');

/** The fields of a report as the analyst (or `reports add`) gives them. */
export const reportFieldsSchema = z.object({
  tanggal: isoDate,
  presisi: choice(DATE_PRECISIONS, 'Pilih ketepatan tanggal: hari, minggu atau bulan.').default('hari'),
  waktu: z
    .string()
    .nullish()
    .transform((text) => (text?.trim() ? text.trim().replace('.', ':') : null))
    .refine((text) => text === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(text), 'Jam ditulis JJ.MM, mis. 14.30.'),
  kode: z
    .string({ error: 'Pilih kabupaten/kota kejadian.' })
    .regex(CODE_PATTERN, 'Pilih kabupaten/kota kejadian dari daftar wilayah.')
    .refine((kode) => levelOfCode(kode) >= 2, 'Pilih kabupaten/kota (atau kecamatan); provinsi saja tidak cukup.'),
  lokasi: optionalText(500),
  jenis: choice(
    ATHG_TYPES as unknown as ['A', 'T', 'H', 'G'],
    'Pilih jenis ATHG: Ancaman, Tantangan, Hambatan atau Gangguan.',
  ),
  aspek: choice(ASPECTS, 'Pilih aspek: ideologi, politik, ekonomi, sosial-budaya atau pertahanan-keamanan.'),
  kategoriId: requiredText('Pilih kategori kejadian.', 80),
  keparahan: scale(1, 5, 'Tingkat keparahan harus 1 sampai 5.'),
  uraian: requiredText('Tulis apa yang terjadi.'),
  aktor: optionalText(),
  bagaimana: optionalText(),
  mengapa: optionalText(),
  sumber: requiredText('Sebutkan sumber informasi.', 1000),
  keandalan: choice(RELIABILITY_GRADES, 'Nilai keandalan sumber A sampai F.'),
  kredibilitas: scale(1, 6, 'Nilai kebenaran informasi 1 sampai 6.'),
  tahapanId: optionalText(80),
  analisis: optionalText(),
  prediksi: optionalText(),
  langkah: optionalText(),
  rekomendasi: optionalText(),
  status: choice(REPORT_STATUSES, 'Status tidak dikenal.').default('baru'),
  pencatat: optionalText(200),
});

/** What callers may pass (defaults and blanks allowed). */
export type ReportFieldsInput = z.input<typeof reportFieldsSchema>;

/** The outcome of checking a draft: the clean fields, or one Bahasa message per field that is wrong. */
export type ReportValidation =
  { ok: true; value: ReportFields } | { ok: false; errors: Partial<Record<keyof ReportFields, string>> };

/** Checks a draft field by field, for the form (the first message of each field). */
export function validateReport(draft: unknown): ReportValidation {
  const parsed = reportFieldsSchema.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data as ReportFields };
  const errors: Partial<Record<keyof ReportFields, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof ReportFields | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
