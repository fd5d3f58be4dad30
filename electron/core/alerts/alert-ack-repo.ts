import type Database from 'better-sqlite3';
import type { AlertAck } from '../../../shared/reports/alert-types';

interface AckRow {
  kode: string;
  window_from: string;
  window_to: string;
  catatan: string;
  pencatat: string | null;
  at: string;
}

/** The only writer of `alert_acks`: the analyst's acknowledgements of alerts, one per region and window. */
export class AlertAckRepo {
  constructor(private readonly db: Database.Database) {}

  /** Acknowledgements of one window, by region code. */
  forWindow(from: string, to: string): Map<string, AlertAck> {
    const rows = this.db
      .prepare('SELECT * FROM alert_acks WHERE window_from = ? AND window_to = ?')
      .all(from, to) as AckRow[];
    return new Map(rows.map((r) => [r.kode, { catatan: r.catatan, pencatat: r.pencatat, at: r.at }]));
  }

  /** Records (or replaces) the acknowledgement of one region's window. */
  upsert(kode: string, from: string, to: string, catatan: string, pencatat: string | null): void {
    this.db
      .prepare(
        `INSERT INTO alert_acks (kode, window_from, window_to, catatan, pencatat) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (kode, window_from, window_to) DO UPDATE SET catatan = excluded.catatan,
           pencatat = excluded.pencatat, at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      )
      .run(kode, from, to, catatan, pencatat);
  }
}
