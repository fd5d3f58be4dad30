-- The report register (issue 10): the ATHG report laid out like a laporan informasi, its editable category
-- taxonomy, the Pilkada stage timeline, a full-text index, and acknowledged alerts. The reports table is rebuilt
-- (SQLite cannot add NOT NULL columns without a constant default, nor reorder columns, in place) and every imported
-- row is carried over with its id, batch, source row and origin.

-- Categories of incident: an editable taxonomy, seeded with the dynamics reported before a Pilkada (DOMAIN.md).
CREATE TABLE report_categories (
  id     TEXT PRIMARY KEY,                 -- stable slug reports refer to; the name may be edited
  nama   TEXT NOT NULL,
  urutan INTEGER NOT NULL,
  aktif  INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1))   -- 0: kept for old reports, no longer offered
) WITHOUT ROWID;
INSERT INTO report_categories (id, nama, urutan) VALUES
  ('konflik-antarpendukung', 'Konflik antarpendukung', 1),
  ('polarisasi', 'Polarisasi', 2),
  ('netralitas', 'Netralitas ASN/TNI/Polri/penyelenggara', 3),
  ('logistik', 'Logistik', 4),
  ('badan-ad-hoc', 'Badan ad hoc (PPK, PPS, KPPS)', 5),
  ('tps', 'Lokasi dan fasilitas TPS', 6),
  ('dukungan-pemda', 'Dukungan pemda/NPHD', 7),
  ('bencana-alam', 'Bencana alam', 8),
  ('politik-uang', 'Politik uang', 9),
  ('sara-ujaran-kebencian', 'SARA dan ujaran kebencian di ruang digital', 10),
  ('pelanggaran-gakkumdu', 'Pelanggaran/Gakkumdu', 11),
  ('lainnya', 'Lainnya', 12);

-- The election schedule: PKPU 2 Tahun 2024 as the default (DOMAIN.md); the analyst replaces it for later elections.
CREATE TABLE pilkada_stages (
  id         TEXT PRIMARY KEY,
  nama       TEXT NOT NULL,
  mulai      TEXT NOT NULL,                 -- ISO dates, both inclusive
  selesai    TEXT NOT NULL,
  urutan     INTEGER NOT NULL,
  pemungutan INTEGER NOT NULL DEFAULT 0 CHECK (pemungutan IN (0, 1)),   -- 1: the voting day, the countdown's goal
  CHECK (selesai >= mulai)
) WITHOUT ROWID;
INSERT INTO pilkada_stages (id, nama, mulai, selesai, urutan, pemungutan) VALUES
  ('pembentukan-badan-adhoc', 'Pembentukan PPK, PPS, KPPS', '2024-04-17', '2024-11-05', 1, 0),
  ('pemutakhiran-daftar-pemilih', 'Pemutakhiran dan penyusunan daftar pemilih', '2024-05-31', '2024-09-23', 2, 0),
  ('syarat-dukungan-perseorangan', 'Pemenuhan syarat dukungan calon perseorangan', '2024-05-05', '2024-08-19', 3, 0),
  ('pengumuman-pendaftaran', 'Pengumuman pendaftaran paslon', '2024-08-24', '2024-08-26', 4, 0),
  ('pendaftaran-paslon', 'Pendaftaran paslon', '2024-08-27', '2024-08-29', 5, 0),
  ('penelitian-persyaratan', 'Penelitian persyaratan calon', '2024-08-27', '2024-09-21', 6, 0),
  ('penetapan-paslon', 'Penetapan paslon', '2024-09-22', '2024-09-22', 7, 0),
  ('pengundian-nomor-urut', 'Pengundian nomor urut', '2024-09-23', '2024-09-23', 8, 0),
  ('kampanye', 'Kampanye', '2024-09-25', '2024-11-23', 9, 0),
  ('masa-tenang', 'Masa tenang', '2024-11-24', '2024-11-26', 10, 0),
  ('pemungutan-suara', 'Pemungutan suara', '2024-11-27', '2024-11-27', 11, 1),
  ('penghitungan-rekapitulasi', 'Penghitungan dan rekapitulasi', '2024-11-27', '2024-12-16', 12, 0);
INSERT INTO settings (key, value) VALUES ('timeline.name', 'Pilkada Serentak 2024 (PKPU 2 Tahun 2024)')
  ON CONFLICT (key) DO NOTHING;

-- The scales and lists (precision, severity, reliability, credibility, status, aspect) are checked once, by the shared
-- schema at the API boundary (shared/reports/report-schema.ts, the only writer's only entry) and by the import's
-- reader; the table does not repeat them: the repeated CHECKs cost 40 % of every insert. kabkota and provinsi are
-- derived from kode by the repository, so only kode carries the foreign key.
CREATE TABLE reports_register (
  id             INTEGER PRIMARY KEY,
  batch_id       INTEGER REFERENCES batches(id),
  source_row     INTEGER,
  -- Bilamana: ISO date (the Monday or the 1st when only the week or month is known) and optional time.
  tanggal        TEXT,
  presisi        TEXT NOT NULL DEFAULT 'hari',             -- hari | minggu | bulan
  waktu          TEXT,                                  -- HH:MM
  -- Di mana: the region as entered, its kab/kota and province (kept for the indexes), and the place within it.
  kode           TEXT NOT NULL REFERENCES regions(kode),
  kabkota        TEXT,                                  -- null only for an imported province-level report
  provinsi       TEXT NOT NULL,
  lokasi         TEXT,
  jenis          TEXT CHECK (jenis IN ('A', 'T', 'H', 'G')),
  aspek          TEXT,                                  -- see shared/reports/aspects
  kategori_id    TEXT REFERENCES report_categories(id),
  kategori_asli  TEXT,                                  -- the category as an imported table wrote it
  keparahan      INTEGER,                               -- 1–5
  tahapan_id     TEXT,                                  -- a pilkada_stages id; no foreign key: schedules are replaced
  tahapan_manual INTEGER NOT NULL DEFAULT 0,             -- 0: follows the date, 1: chosen by hand
  -- Apa, siapa, bagaimana, mengapa.
  uraian         TEXT,
  aktor          TEXT,
  bagaimana      TEXT,
  mengapa        TEXT,
  -- The source and its grading: reliability of the source A–F, credibility of the information 1–6.
  sumber         TEXT,
  keandalan      TEXT,                                  -- A–F
  kredibilitas   INTEGER,                               -- 1–6
  -- The reporter's part.
  analisis       TEXT,
  prediksi       TEXT,
  langkah        TEXT,
  rekomendasi    TEXT,
  status         TEXT NOT NULL DEFAULT 'baru',          -- see shared/reports/scales STATUS_TRANSITIONS
  pencatat       TEXT,                                  -- who entered it (null for an import: see the batch)
  dibuat_pada    TEXT NOT NULL,
  diubah_pada    TEXT,
  dihapus_pada   TEXT,                                  -- set by a delete, cleared by its undo
  -- Where it first came from when an annex or merged templates carried it here (0006_value_origin).
  origin_file    TEXT,
  origin_row     INTEGER
);

-- Carried over: the imported rows, with the date of their batch as their entry date and the category matched to
-- the taxonomy by name where it names one (case-insensitively).
INSERT INTO reports_register (id, batch_id, source_row, tanggal, kode, kabkota, provinsi, jenis, kategori_id,
                              kategori_asli, uraian, sumber, dibuat_pada, origin_file, origin_row)
SELECT r.id, r.batch_id, r.source_row, r.tanggal, r.kode,
       CASE WHEN length(r.kode) >= 5 THEN substr(r.kode, 1, 5) END, substr(r.kode, 1, 2), r.jenis,
       (SELECT c.id FROM report_categories c WHERE lower(trim(r.kategori)) IN (lower(c.nama), c.id)),
       r.kategori, r.uraian, r.sumber,
       coalesce(b.created_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), r.origin_file, r.origin_row
FROM reports r LEFT JOIN batches b ON b.id = r.batch_id;

-- Each carried-over report takes its stage from its date: the shortest stage containing it, then the latest
-- started (the rule of shared/reports/timeline.ts stageOfDate, which tags every later report).
UPDATE reports_register SET tahapan_id = (
  SELECT s.id FROM pilkada_stages s WHERE reports_register.tanggal BETWEEN s.mulai AND s.selesai
  ORDER BY julianday(s.selesai) - julianday(s.mulai), s.mulai DESC LIMIT 1
) WHERE tanggal IS NOT NULL;

DROP TABLE reports;
ALTER TABLE reports_register RENAME TO reports;

-- Live reports by date (the register's order; counts and alerts per kab/kota over a window read only this index).
CREATE INDEX reports_window ON reports(tanggal, kabkota, keparahan, presisi) WHERE dihapus_pada IS NULL;
-- Live reports by region (province, kab/kota, then date): the region filter, the region panel, duplicates.
CREATE INDEX reports_region ON reports(provinsi, kabkota, tanggal) WHERE dihapus_pada IS NULL;
CREATE INDEX reports_batch ON reports(batch_id) WHERE batch_id IS NOT NULL;
-- Live ids with their date: counting the register and paging it newest-entered first read this narrow index only.
CREATE INDEX reports_live ON reports(id, tanggal) WHERE dihapus_pada IS NULL;
-- The few deleted reports, subtracted from full-text matches (the index keeps them, for the deleted reports' view).
CREATE INDEX reports_deleted ON reports(id) WHERE dihapus_pada IS NOT NULL;

-- Full-text index over every text field, kept in step by the reports repository (the only writer of reports).
-- Contentless (the text lives in reports) with deletes by rowid; unicode61 with remove_diacritics 2 folds case and
-- diacritics, so "pémilu", "Pemilu" and "PEMILU" are one word. Prefix search uses "word"* queries. detail=none keeps
-- only which reports hold a word, not where: the register asks for words, never phrases, and the index is a third
-- cheaper to write.
CREATE VIRTUAL TABLE reports_fts USING fts5(
  teks, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO reports_fts (rowid, teks)
SELECT id, concat_ws(char(10), uraian, sumber, kategori_asli) FROM reports;

-- An alert is computed, not stored; what is stored is the analyst's acknowledgement of one region's window.
CREATE TABLE alert_acks (
  kode        TEXT NOT NULL REFERENCES regions(kode),
  window_from TEXT NOT NULL,
  window_to   TEXT NOT NULL,
  catatan     TEXT NOT NULL,
  pencatat    TEXT,
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (kode, window_from, window_to)
) WITHOUT ROWID;
