-- Undoing a batch removes the rows it stored but keeps the batch itself, marked with when it was undone, so the
-- import history still tells what was imported and taken back (issue 7). An undone batch no longer counts for the
-- "same file imported before" check.
ALTER TABLE batches ADD COLUMN undone_at TEXT;
CREATE INDEX batches_sha256_live ON batches(sha256) WHERE undone_at IS NULL;
