// Part of the reports repository: the register's filters and sort orders as parameterised SQL over `reports r`.
// Kept beside report-repo.ts (its only user) so the repository stays readable; nothing else builds report SQL.
import { kabkotaCode, levelOfCode, provinceCode } from '../../../shared/regions/codes';
import type { ReportFilter, ReportSort } from '../../../shared/reports/report';
import { ftsQuery } from '../../../shared/reports/search-text';

/** A WHERE clause and its parameters, in order. */
export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/** `column IN (?, ?, …)` for a non-empty list. */
function inList(column: string, values: readonly unknown[], clauses: string[], params: unknown[]): void {
  if (values.length === 0) return;
  clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
  params.push(...values);
}

/** The region condition, written so the (provinsi, kabkota, tanggal) index answers it. */
function regionClause(kode: string, clauses: string[], params: unknown[]): void {
  clauses.push('r.provinsi = ?');
  params.push(provinceCode(kode));
  const level = levelOfCode(kode);
  if (level >= 2) {
    clauses.push('r.kabkota = ?');
    params.push(kabkotaCode(kode));
  }
  if (level === 3) {
    clauses.push('r.kode = ?');
    params.push(kode);
  }
}

/**
 * True when the words are the only filter on the live reports: the full-text index alone then answers, in entry
 * order, without reading the reports table (the register's default search).
 */
export function isSearchOnly(filter: ReportFilter): boolean {
  const { q, terhapus, from, to, wilayah, jenis, aspek, kategori, tahapan, status, keparahanMin } = filter;
  const lists = [jenis, aspek, kategori, tahapan, status].some((list) => (list?.length ?? 0) > 0);
  return !!(q && ftsQuery(q)) && !terhapus && !from && !to && !wilayah && !lists && !(keparahanMin && keparahanMin > 1);
}

/** Every filter as one AND-ed WHERE clause; live reports unless the deleted ones are asked for. */
export function filterWhere(filter: ReportFilter): SqlWhere {
  const clauses = [filter.terhapus ? 'r.dihapus_pada IS NOT NULL' : 'r.dihapus_pada IS NULL'];
  const params: unknown[] = [];
  const match = filter.q ? ftsQuery(filter.q) : null;
  if (match) {
    clauses.push('r.id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?)');
    params.push(match);
  }
  if (filter.from) {
    clauses.push('r.tanggal >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    clauses.push('r.tanggal <= ?');
    params.push(filter.to);
  }
  if (filter.wilayah) regionClause(filter.wilayah, clauses, params);
  inList('r.jenis', filter.jenis ?? [], clauses, params);
  inList('r.aspek', filter.aspek ?? [], clauses, params);
  inList('r.kategori_id', filter.kategori ?? [], clauses, params);
  inList('r.tahapan_id', filter.tahapan ?? [], clauses, params);
  inList('r.status', filter.status ?? [], clauses, params);
  if (filter.keparahanMin && filter.keparahanMin > 1) {
    clauses.push('r.keparahan >= ?');
    params.push(filter.keparahanMin);
  }
  return { sql: clauses.join(' AND '), params };
}

/**
 * ORDER BY for each sort; ties broken by id so paging is stable. By date, the order follows the reports_window index
 * column by column (date, then kab/kota…), so a page of the register is read straight off the index, never sorted.
 */
export const SORT_SQL: Readonly<Record<ReportSort, string>> = {
  'tanggal-desc': 'r.tanggal DESC, r.kabkota DESC, r.keparahan DESC, r.presisi DESC, r.id DESC',
  'tanggal-asc': 'r.tanggal ASC, r.kabkota ASC, r.keparahan ASC, r.presisi ASC, r.id ASC',
  'keparahan-desc': 'r.keparahan DESC, r.tanggal DESC, r.id DESC',
  'dicatat-desc': 'r.id DESC',
};
