// Migration 0009 rebuilds `reports`: a store at schema 8 holding imported reports must keep every one of them.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../../../electron/core/db/open';
import { defaultMigrationsDir } from '../../../../../electron/core/db/migrate';
import { tempDir } from '../../../helpers/temp-core';

/** A migrations folder holding only the migrations up to `version`. */
function migrationsUpTo(version: number): string {
  const dir = join(tempDir('waspada-migrations-'), 'migrations');
  mkdirSync(dir);
  for (const file of readdirSync(defaultMigrationsDir()).filter((f) => Number(f.slice(0, 4)) <= version)) {
    copyFileSync(join(defaultMigrationsDir(), file), join(dir, file));
  }
  return dir;
}

/** A data folder as schema 8 left it: regions, one report batch and three imported reports. */
function schemaEightStore(): string {
  const dataDir = tempDir();
  const { db } = openDatabase(dataDir, { migrationsDir: migrationsUpTo(8) });
  db.exec(`
    INSERT INTO regions (kode, nama, level, jenis, induk) VALUES
      ('35', 'Jawa Timur', 1, 'provinsi', NULL), ('35.27', 'Sampang', 2, 'kabupaten', '35'),
      ('35.27.01', 'Camplong', 3, 'kecamatan', '35.27');
    INSERT INTO batches (id, file_name, sha256, sheet, kind, rows_read, rows_stored, rows_skipped, settings, created_at)
      VALUES (7, 'laporan-jatim.xlsx', 'abc', 'Lembar1', 'reports', 3, 3, 0, '{}', '2024-11-30T08:00:00.000Z');
    INSERT INTO reports (id, batch_id, source_row, tanggal, kode, jenis, kategori, uraian, sumber, origin_file,
                         origin_row) VALUES
      (1, 7, 3, '2024-11-27', '35.27.01', 'G', 'Politik Uang', 'Pembagian amplop menjelang pencoblosan', 'FKDM',
       'laporan-sampang.xlsx', 12),
      (2, 7, 4, '2024-10-10', '35.27', 'A', 'kampanye hitam', 'Selebaran fitnah', NULL, NULL, NULL),
      (3, 7, 5, NULL, '35', NULL, NULL, 'Tanpa tanggal', 'Polres', NULL, NULL);
  `);
  db.close();
  return dataDir;
}

function migrated(dataDir: string): Database.Database {
  openDatabase(dataDir).db.close();
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  return db;
}

describe('migration 0009 on a store with imported reports', () => {
  it('keeps every imported report with its id, batch, source row, date, region, type, text and source', () => {
    const db = migrated(schemaEightStore());
    const rows = db
      .prepare('SELECT id, batch_id, source_row, tanggal, kode, jenis, uraian, sumber FROM reports ORDER BY id')
      .all();
    expect(rows).toEqual([
      {
        id: 1,
        batch_id: 7,
        source_row: 3,
        tanggal: '2024-11-27',
        kode: '35.27.01',
        jenis: 'G',
        uraian: 'Pembagian amplop menjelang pencoblosan',
        sumber: 'FKDM',
      },
      {
        id: 2,
        batch_id: 7,
        source_row: 4,
        tanggal: '2024-10-10',
        kode: '35.27',
        jenis: 'A',
        uraian: 'Selebaran fitnah',
        sumber: null,
      },
      {
        id: 3,
        batch_id: 7,
        source_row: 5,
        tanggal: null,
        kode: '35',
        jenis: null,
        uraian: 'Tanpa tanggal',
        sumber: 'Polres',
      },
    ]);
    db.close();
  });

  it('fills the new record: kab/kota and province, taxonomy category where the name is one, stage by date', () => {
    const db = migrated(schemaEightStore());
    const rows = db
      .prepare(
        `SELECT id, kabkota, provinsi, kategori_id, kategori_asli, tahapan_id, status, presisi, dibuat_pada
         FROM reports ORDER BY id`,
      )
      .all();
    expect(rows).toEqual([
      {
        id: 1,
        kabkota: '35.27',
        provinsi: '35',
        kategori_id: 'politik-uang',
        kategori_asli: 'Politik Uang',
        tahapan_id: 'pemungutan-suara',
        status: 'baru',
        presisi: 'hari',
        dibuat_pada: '2024-11-30T08:00:00.000Z',
      },
      {
        id: 2,
        kabkota: '35.27',
        provinsi: '35',
        kategori_id: null,
        kategori_asli: 'kampanye hitam',
        tahapan_id: 'kampanye',
        status: 'baru',
        presisi: 'hari',
        dibuat_pada: '2024-11-30T08:00:00.000Z',
      },
      {
        id: 3,
        kabkota: null,
        provinsi: '35',
        kategori_id: null,
        kategori_asli: null,
        tahapan_id: null,
        status: 'baru',
        presisi: 'hari',
        dibuat_pada: '2024-11-30T08:00:00.000Z',
      },
    ]);
    db.close();
  });

  it('keeps where an annex said a report first came from', () => {
    const db = migrated(schemaEightStore());
    const origins = db.prepare('SELECT id, origin_file, origin_row FROM reports ORDER BY id').all();
    expect(origins).toEqual([
      { id: 1, origin_file: 'laporan-sampang.xlsx', origin_row: 12 },
      { id: 2, origin_file: null, origin_row: null },
      { id: 3, origin_file: null, origin_row: null },
    ]);
    db.close();
  });

  it('indexes the carried-over text for full-text search', () => {
    const db = migrated(schemaEightStore());
    const found = db.prepare('SELECT rowid FROM reports_fts WHERE reports_fts MATCH \'"amplop"*\'').pluck().all();
    expect(found).toEqual([1]);
    db.close();
  });

  it('seeds the taxonomy and the PKPU 2/2024 schedule as editable rows', () => {
    const db = migrated(schemaEightStore());
    expect(db.prepare('SELECT count(*) FROM report_categories').pluck().get()).toBe(12);
    expect(db.prepare("SELECT mulai, selesai FROM pilkada_stages WHERE id = 'kampanye'").get()).toEqual({
      mulai: '2024-09-25',
      selesai: '2024-11-23',
    });
    db.close();
  });
});
