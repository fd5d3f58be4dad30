-- Briefing maps print from full-detail outlines, not the simplified ones the screen draws. NULL means the region's
-- `geometry` is already full detail (a boundary file the analyst imported keeps every vertex); the shipped pack
-- fills this column from its print set (scripts/build-print-boundaries.mjs).
ALTER TABLE boundaries ADD COLUMN print_geometry TEXT;
