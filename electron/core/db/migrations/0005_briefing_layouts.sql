-- Briefing-map layouts the analyst saved by name ("Rakor provinsi A3"), reused for later maps and atlases.
CREATE TABLE briefing_layouts (
  name       TEXT PRIMARY KEY,
  layout     TEXT NOT NULL,                 -- JSON, see shared/briefing/layout.ts (validated on write and read)
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
