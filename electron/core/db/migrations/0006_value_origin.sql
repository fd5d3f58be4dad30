-- Where a value or report first came from, when that is not the batch that stored it here: an annex or a merged
-- set of collection templates carries each row's original file and row, so re-importing an annex keeps the
-- provenance the analyst cites ("ikp-kabkota.xlsx, baris 17") instead of pointing at the annex itself.
ALTER TABLE layer_values ADD COLUMN origin_file TEXT;
ALTER TABLE layer_values ADD COLUMN origin_row INTEGER;
ALTER TABLE reports ADD COLUMN origin_file TEXT;
ALTER TABLE reports ADD COLUMN origin_row INTEGER;
