import type Database from 'better-sqlite3';

/** The only writer of `settings`: small key/value settings kept in the store, so they travel with the data folder. */
export class SettingsRepo {
  constructor(private readonly db: Database.Database) {}

  /** The value of a setting, or undefined. */
  get(key: string): string | undefined {
    return this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  }

  /** Sets or replaces a setting. */
  set(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }
}
