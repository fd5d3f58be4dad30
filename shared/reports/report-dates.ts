// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so a date never shifts with the machine's time zone.
import { formatDate, formatDateRange, formatMonth } from '../format/date';
import type { DatePrecision } from './scales';

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

function toMs(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** Monday of the week an ISO date falls in (weeks run Monday to Sunday). */
export function weekStart(iso: string): string {
  const weekday = (new Date(toMs(iso)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(iso, -weekday);
}

/** First day of the period a date of the given precision stands for: the day, its Monday, or the 1st. */
export function periodStart(iso: string, precision: DatePrecision): string {
  if (precision === 'minggu') return weekStart(iso);
  if (precision === 'bulan') return `${iso.slice(0, 7)}-01`;
  return iso.slice(0, 10);
}

/** Last day of that period. */
export function periodEnd(iso: string, precision: DatePrecision): string {
  if (precision === 'minggu') return addDays(weekStart(iso), 6);
  if (precision === 'bulan') {
    const [year, month] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
    return fromMs(Date.UTC(year, month, 0));
  }
  return iso.slice(0, 10);
}

/** A report's date as read: "27 November 2024", "minggu 25 November – 1 Desember 2024", "November 2024". */
export function formatReportDate(iso: string | null, precision: DatePrecision): string {
  if (!iso) return 'tanpa tanggal';
  if (precision === 'minggu') return `minggu ${formatDateRange(weekStart(iso), periodEnd(iso, 'minggu'))}`;
  if (precision === 'bulan') return formatMonth(iso);
  return formatDate(iso);
}
