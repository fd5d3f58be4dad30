import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { briefingLayoutSchema } from '../../../shared/briefing/layout';
import type { SavedLayout } from '../../../shared/briefing/saved-layout';

interface LayoutRow {
  name: string;
  layout: string;
  updated_at: string;
}

function toSaved(row: LayoutRow): SavedLayout {
  const parsed = briefingLayoutSchema.safeParse(JSON.parse(row.layout));
  if (!parsed.success) {
    throw new ApiError(
      'DB_UNREADABLE',
      `Tata letak "${row.name}" di basis data rusak. Hapus tata letak itu lalu simpan ulang.`,
    );
  }
  return { name: row.name, layout: parsed.data, updatedAt: row.updated_at };
}

/** The only writer of `briefing_layouts`: briefing-map layouts saved by name. */
export class BriefingLayoutRepo {
  constructor(private readonly db: Database.Database) {}

  /** Every saved layout, by name. */
  list(): SavedLayout[] {
    const rows = this.db.prepare('SELECT * FROM briefing_layouts ORDER BY name COLLATE NOCASE').all() as LayoutRow[];
    return rows.map(toSaved);
  }

  /** One saved layout, or undefined. */
  get(name: string): SavedLayout | undefined {
    const row = this.db.prepare('SELECT * FROM briefing_layouts WHERE name = ?').get(name) as LayoutRow | undefined;
    return row && toSaved(row);
  }

  /** Saves (or overwrites) a layout under its name; the layout is validated first. */
  save(name: string, layout: unknown): void {
    const valid = briefingLayoutSchema.parse(layout);
    this.db
      .prepare(
        `INSERT INTO briefing_layouts (name, layout) VALUES (?, ?)
         ON CONFLICT(name) DO UPDATE SET layout = excluded.layout,
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      )
      .run(name, JSON.stringify(valid));
  }

  /** Removes a layout; false when there was none of that name. */
  delete(name: string): boolean {
    return this.db.prepare('DELETE FROM briefing_layouts WHERE name = ?').run(name).changes > 0;
  }
}
