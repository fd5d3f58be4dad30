-- An append-only audit trail: one row per change to the analyst's data, written in the same transaction as the
-- change itself, so the log never claims a change that was rolled back and never misses one that was kept.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  action     TEXT NOT NULL,                 -- e.g. import.committed, batch.undone, layer.deleted (see shared/audit)
  subject    TEXT,                          -- what it concerns: a batch id, a layer id, a region code
  summary    TEXT NOT NULL,                 -- one Bahasa sentence for the audit screen
  details    TEXT                           -- JSON with the particulars (counts, file name, old and new values)
);
CREATE INDEX audit_log_at ON audit_log(at);

-- Append-only: the log itself can be neither edited nor trimmed from inside the app.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
