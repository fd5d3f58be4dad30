import type Database from 'better-sqlite3';
import type { ReportCategory } from '../../../shared/reports/report';

/** The only writer of `report_categories`: the editable taxonomy of incident categories. */
export class CategoryRepo {
  constructor(private readonly db: Database.Database) {}

  /** Every category in its order, inactive ones included (old reports still name them). */
  list(): ReportCategory[] {
    const rows = this.db
      .prepare('SELECT id, nama, urutan, aktif FROM report_categories ORDER BY urutan, id')
      .all() as (Omit<ReportCategory, 'aktif'> & { aktif: 0 | 1 })[];
    return rows.map((row) => ({ ...row, aktif: row.aktif === 1 }));
  }

  /** Adds or replaces one category (the caller holds the transaction). */
  upsert(category: ReportCategory): void {
    this.db
      .prepare(
        `INSERT INTO report_categories (id, nama, urutan, aktif) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET nama = excluded.nama, urutan = excluded.urutan, aktif = excluded.aktif`,
      )
      .run(category.id, category.nama, category.urutan, category.aktif ? 1 : 0);
  }
}
