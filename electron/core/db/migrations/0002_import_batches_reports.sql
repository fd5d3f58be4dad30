-- Imports (issue 3): every stored value remembers the batch and the source row it came from, so a batch can be
-- undone whole and any number on the map can be traced back to its cell.

CREATE TABLE batches (
  id          INTEGER PRIMARY KEY,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  sheet       TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('layer', 'reports')),
  layer_id    TEXT REFERENCES layers(id) ON DELETE SET NULL,
  rows_read   INTEGER NOT NULL,
  rows_stored INTEGER NOT NULL,
  rows_skipped INTEGER NOT NULL,
  settings    TEXT NOT NULL,                       -- JSON: preset, mapping and options the import ran with
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX batches_sha256 ON batches(sha256);

ALTER TABLE layer_values ADD COLUMN batch_id INTEGER REFERENCES batches(id);
ALTER TABLE layer_values ADD COLUMN source_row INTEGER;
-- Dimension and indicator columns of a layer table, kept beside the score (JSON object: column name → number).
ALTER TABLE layer_values ADD COLUMN extra TEXT;
CREATE INDEX layer_values_batch ON layer_values(batch_id);

-- The ATHG core of an incident report until the report register (a later issue) extends it.
CREATE TABLE reports (
  id          INTEGER PRIMARY KEY,
  batch_id    INTEGER REFERENCES batches(id),
  source_row  INTEGER,
  tanggal     TEXT,                                -- ISO date
  kode        TEXT NOT NULL REFERENCES regions(kode),
  jenis       TEXT CHECK (jenis IN ('A', 'T', 'H', 'G')),
  kategori    TEXT,
  uraian      TEXT,
  sumber      TEXT
);
CREATE INDEX reports_batch ON reports(batch_id);
CREATE INDEX reports_kode ON reports(kode);
CREATE INDEX reports_tanggal ON reports(tanggal);

-- The analyst's answers to "which region did you mean?", remembered so the question is asked once.
-- Keyed by the name and the province as written (folded by comparisonKey), so "Banjar" under Jawa Barat and
-- "Banjar" under Kalimantan Selatan are remembered separately.
CREATE TABLE region_aliases (
  name_key     TEXT NOT NULL,
  province_key TEXT NOT NULL DEFAULT '',
  level        INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
  kode         TEXT NOT NULL REFERENCES regions(kode),
  input        TEXT NOT NULL,                      -- as the analyst saw it, for the alias list
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (name_key, province_key, level)
) WITHOUT ROWID;
