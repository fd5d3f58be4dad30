// The filter in force, said in one sentence above the register: "Laporan Ancaman di Jawa Barat, 1–30 November 2024,
// status baru".
import { formatDate, formatDateRange } from '../format/date';
import { ATHG_LABELS } from './athg';
import { ASPECT_LABELS } from './aspects';
import type { ReportFilter } from './report';
import { STATUS_LABELS } from './scales';

/** Names the sentence needs that live in the store: regions, categories, stages. */
export interface FilterNames {
  /** "Jawa Barat", or "Kabupaten Bandung, Jawa Barat". */
  region(kode: string): string;
  category(id: string): string;
  stage(id: string): string;
}

/** "a", "a atau b", "a, b atau c". */
function either(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} atau ${words[words.length - 1]}`;
}

function dateWords(from?: string, to?: string): string | null {
  if (from && to) return formatDateRange(from, to);
  if (from) return `sejak ${formatDate(from)}`;
  if (to) return `sampai ${formatDate(to)}`;
  return null;
}

/** The filter as one Bahasa sentence; "Semua laporan" when nothing is filtered. */
export function describeFilter(filter: ReportFilter, names: FilterNames): string {
  const jenis = filter.jenis ?? [];
  const subject = filter.terhapus ? 'Laporan terhapus' : 'Laporan';
  let head = jenis.length > 0 ? `${subject} ${either(jenis.map((j) => ATHG_LABELS[j]))}` : subject;
  if (filter.wilayah) head += ` di ${names.region(filter.wilayah)}`;
  const parts = [
    dateWords(filter.from, filter.to),
    filter.tahapan?.length ? `tahapan ${either(filter.tahapan.map(names.stage))}` : null,
    filter.aspek?.length ? `aspek ${either(filter.aspek.map((a) => ASPECT_LABELS[a].toLowerCase()))}` : null,
    filter.kategori?.length ? `kategori ${either(filter.kategori.map(names.category))}` : null,
    filter.status?.length ? `status ${either(filter.status.map((s) => STATUS_LABELS[s].toLowerCase()))}` : null,
    filter.keparahanMin && filter.keparahanMin > 1 ? `keparahan ≥ ${filter.keparahanMin}` : null,
    filter.q?.trim() ? `memuat “${filter.q.trim()}”` : null,
  ].filter((part): part is string => part !== null);
  if (head === 'Laporan' && parts.length === 0) return 'Semua laporan';
  return [head, ...parts].join(', ');
}
