const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** Indonesian date from an ISO date (2024-11-27 → 27 November 2024), independent of the machine's locale data. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** Indonesian date and time of a moment in the machine's own time zone: "27 November 2024, 14.05". */
export function formatDateTime(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(moment.getHours())}.${pad(moment.getMinutes())}`;
  return `${moment.getDate()} ${MONTHS[moment.getMonth()]} ${moment.getFullYear()}, ${time}`;
}

/** The machine's local calendar date of a moment as 'YYYY-MM-DD', for file names ("… 2026-11-25.xlsx"). */
export function isoLocalDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
