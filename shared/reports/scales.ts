// The scales a laporan informasi is graded on: status of handling, date precision, severity, and the source
// reliability (A–F) and information credibility (1–6) of the intelligence grading system the agencies use.

/** Where a report stands in its handling. */
export const REPORT_STATUSES = ['baru', 'diverifikasi', 'ditindaklanjuti', 'selesai', 'tidak-terverifikasi'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How each status is named on screen. */
export const STATUS_LABELS: Readonly<Record<ReportStatus, string>> = {
  baru: 'Baru',
  diverifikasi: 'Diverifikasi',
  ditindaklanjuti: 'Ditindaklanjuti',
  selesai: 'Selesai',
  'tidak-terverifikasi': 'Tidak terverifikasi',
};

/**
 * The statuses a report may move to from each status: baru → diverifikasi → ditindaklanjuti → selesai, or from baru
 * to tidak terverifikasi. Staying put is always allowed; this table is the whole rule.
 */
export const STATUS_TRANSITIONS: Readonly<Record<ReportStatus, readonly ReportStatus[]>> = {
  baru: ['diverifikasi', 'tidak-terverifikasi'],
  diverifikasi: ['ditindaklanjuti'],
  ditindaklanjuti: ['selesai'],
  selesai: [],
  'tidak-terverifikasi': [],
};

/** True when a report in status `from` may be saved with status `to`. */
export function canMoveStatus(from: ReportStatus, to: ReportStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** How precisely a report's date is known. */
export const DATE_PRECISIONS = ['hari', 'minggu', 'bulan'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How each precision is offered in the form. */
export const PRECISION_LABELS: Readonly<Record<DatePrecision, string>> = {
  hari: 'Tanggal pasti',
  minggu: 'Minggu itu',
  bulan: 'Bulan itu',
};

/** Severity 1–5 with its words. */
export const SEVERITY_LABELS: Readonly<Record<number, string>> = {
  1: 'Sangat rendah',
  2: 'Rendah',
  3: 'Sedang',
  4: 'Tinggi',
  5: 'Sangat tinggi',
};

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

/** Source reliability, A–F. */
export const RELIABILITY_LABELS: Readonly<Record<ReliabilityGrade, string>> = {
  A: 'Sepenuhnya dapat dipercaya',
  B: 'Biasanya dapat dipercaya',
  C: 'Cukup dapat dipercaya',
  D: 'Biasanya tidak dapat dipercaya',
  E: 'Tidak dapat dipercaya',
  F: 'Keandalan tidak dapat dinilai',
};

/** Credibility of the information itself, 1–6. */
export const CREDIBILITY_LABELS: Readonly<Record<number, string>> = {
  1: 'Dikonfirmasi sumber lain',
  2: 'Kemungkinan benar',
  3: 'Mungkin benar',
  4: 'Diragukan',
  5: 'Tidak mungkin benar',
  6: 'Kebenaran tidak dapat dinilai',
};

/** Why a report in status `from` cannot be saved with status `to`, or null when it can. */
export function statusChangeError(from: ReportStatus, to: ReportStatus): string | null {
  if (canMoveStatus(from, to)) return null;
  const next = STATUS_TRANSITIONS[from].map((s) => `"${STATUS_LABELS[s]}"`);
  const allowed = next.length > 0 ? `dari "${STATUS_LABELS[from]}" hanya ke ${next.join(' atau ')}` : 'sudah final';
  return (
    `Status tidak dapat diubah dari "${STATUS_LABELS[from]}" ke "${STATUS_LABELS[to]}": ${allowed} ` +
    '(urutannya baru → diverifikasi → ditindaklanjuti → selesai, atau baru → tidak terverifikasi).'
  );
}
