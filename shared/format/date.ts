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

function parts(isoDate: string): { day: number; month: string; year: string } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  return { day: Number(match[3]), month: MONTHS[Number(match[2]) - 1] ?? match[2]!, year: match[1]! };
}

/** Month and year of an ISO date: 2024-11-27 → November 2024. */
export function formatMonth(isoDate: string): string {
  const p = parts(isoDate);
  return p ? `${p.month} ${p.year}` : isoDate;
}

/**
 * A span of days written the Indonesian way, naming each month and year once: "1–30 November 2024",
 * "28 Oktober – 3 November 2024", "30 Desember 2024 – 5 Januari 2025"; one day is just that day.
 */
export function formatDateRange(from: string, to: string): string {
  const a = parts(from);
  const b = parts(to);
  if (!a || !b) return `${from} – ${to}`;
  if (from.slice(0, 10) === to.slice(0, 10)) return formatDate(from);
  if (a.year !== b.year) return `${formatDate(from)} – ${formatDate(to)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/** Day and short month for chart axes: 2024-11-25 → "25 Nov"; with the year when asked: "25 Nov 2024". */
export function formatShortDate(isoDate: string, withYear = false): string {
  const p = parts(isoDate);
  if (!p) return isoDate;
  const month = p.month === 'Agustus' ? 'Agu' : p.month.slice(0, 3);
  return withYear ? `${p.day} ${month} ${p.year}` : `${p.day} ${month}`;
}

/** The machine's local calendar date of a moment as 'YYYY-MM-DD', for file names ("… 2026-11-25.xlsx"). */
export function isoLocalDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
