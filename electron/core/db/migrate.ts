import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';

/** A numbered migration file, NNNN_description.sql. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/;

/**
 * Where the .sql files live: beside this module in source (tsx, vitest), and in out/main/migrations after
 * electron-vite bundles main (the build copies them there). Computed from the module URL rather than written as
 * `new URL('./migrations', import.meta.url)`, which Vite would try to turn into an asset.
 */
export function defaultMigrationsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, 'migrations');
}

/**
 * Reads and orders the migration files; a gap or duplicate in the numbering is a build error, not a runtime surprise.
 */
export function loadMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => FILE_PATTERN.test(file))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 4)), name: file, sql: readFileSync(join(dir, file), 'utf8') }));
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrasi ${m.name} tidak berurutan: diharapkan nomor ${i + 1}.`);
  });
  return migrations;
}

/** Throws DB_NEWER_VERSION when the database was written by a newer Waspada; reads only. */
export function refuseNewerSchema(db: Database.Database, latest: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new ApiError(
      'DB_NEWER_VERSION',
      `Basis data ini dibuat oleh Waspada yang lebih baru (skema ${current}; versi ini mengenal sampai skema ` +
        `${latest}). ` +
        'Perbarui Waspada, atau buka folder data lain. Berkas tidak diubah.',
    );
  }
}

/**
 * Brings the database forward to the newest schema; refuses a database written by a newer Waspada. Each step runs in
 * its own write transaction (BEGIN IMMEDIATE) and re-reads the version inside it, so two processes opening a new data
 * folder at once take turns instead of both creating the same tables.
 */
export function migrate(db: Database.Database, migrations: Migration[]): number {
  const latest = migrations.length;
  refuseNewerSchema(db, latest);
  const version = () => db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations.slice(version())) {
    // Each step commits with its version number, so a crash leaves the database at a known, complete step.
    db.transaction(() => {
      if (version() >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return latest;
}
