import type Database from 'better-sqlite3';
import type { Stage } from '../../../shared/reports/timeline';

/** The only writer of `pilkada_stages`: the election schedule reports are tagged against. */
export class StageRepo {
  constructor(private readonly db: Database.Database) {}

  /** The stages in their order. */
  list(): Stage[] {
    const rows = this.db
      .prepare('SELECT id, nama, mulai, selesai, urutan, pemungutan FROM pilkada_stages ORDER BY urutan, mulai')
      .all() as (Omit<Stage, 'pemungutan'> & { pemungutan: 0 | 1 })[];
    return rows.map((row) => ({ ...row, pemungutan: row.pemungutan === 1 }));
  }

  /** Replaces the whole schedule (the caller holds the transaction). */
  replaceAll(stages: readonly Stage[]): void {
    this.db.prepare('DELETE FROM pilkada_stages').run();
    const insert = this.db.prepare(
      'INSERT INTO pilkada_stages (id, nama, mulai, selesai, urutan, pemungutan) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const s of stages) insert.run(s.id, s.nama, s.mulai, s.selesai, s.urutan, s.pemungutan ? 1 : 0);
  }
}
