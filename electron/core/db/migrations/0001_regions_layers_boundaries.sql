-- Region master (Kemendagri codes, Kepmendagri 300.2.2-2138/2025), value layers and boundary geometry.

CREATE TABLE regions (
  kode         TEXT PRIMARY KEY,                  -- dotted Kemendagri code: 63, 63.01, 63.01.01
  nama         TEXT NOT NULL,
  level        INTEGER NOT NULL CHECK (level IN (1, 2, 3)),  -- 1 provinsi, 2 kabupaten/kota, 3 kecamatan
  jenis        TEXT NOT NULL CHECK (jenis IN ('provinsi', 'kabupaten', 'kota', 'kecamatan')),
  induk        TEXT REFERENCES regions(kode),
  pilkada_2024 INTEGER NOT NULL DEFAULT 0 CHECK (pilkada_2024 IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX regions_level ON regions(level);
CREATE INDEX regions_induk ON regions(induk);

-- One row per region polygon; geometry is GeoJSON text. Codes without a region row are refused on import.
CREATE TABLE boundaries (
  kode      TEXT PRIMARY KEY REFERENCES regions(kode) ON DELETE CASCADE,
  level     INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
  geometry  TEXT NOT NULL,
  label_lng REAL NOT NULL,
  label_lat REAL NOT NULL,
  source    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX boundaries_level ON boundaries(level);

-- A layer is one edition of one product (IKP 2024, a demo, an analyst's own score) at one level.
CREATE TABLE layers (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  level          INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
  source         TEXT NOT NULL DEFAULT '',
  edition_date   TEXT,                           -- ISO date the edition was published
  scale_min      REAL,
  scale_max      REAL,
  classification TEXT NOT NULL,                  -- JSON: classes and breaks, see shared/classify
  is_demo        INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  visible        INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE layer_values (
  layer_id TEXT NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
  kode     TEXT NOT NULL REFERENCES regions(kode),
  value    REAL,                                 -- NULL = no score given (not zero)
  category TEXT,                                 -- category as published, when given
  PRIMARY KEY (layer_id, kode)
) WITHOUT ROWID;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
