-- Issue 11: each layer keeps its own copy of its edition (product, edition, date, scale kind, thresholds per level,
-- categories and their order, region set, source, notes) and how it is classed, in the database. Until now this was
-- spread over layers columns, the batch settings JSON (presetId, vintage) and shared/editions/presets.ts.
-- Existing layers are migrated from what was stored: the import preset and code vintage of the batch that made them,
-- and the classification they were drawn with. `classification` stays as the effective classes the map draws
-- (recomputed by the core whenever the edition, the classing or the values change).

ALTER TABLE layers ADD COLUMN edition_id TEXT NOT NULL DEFAULT 'custom';
ALTER TABLE layers ADD COLUMN product TEXT NOT NULL DEFAULT 'custom'
  CHECK (product IN ('ikp', 'pemetaan', 'tps-rawan', 'ipkp', 'custom', 'komposit', 'contoh'));
ALTER TABLE layers ADD COLUMN edition_name TEXT NOT NULL DEFAULT '';
ALTER TABLE layers ADD COLUMN scale_kind TEXT NOT NULL DEFAULT 'score'
  CHECK (scale_kind IN ('score', 'count', 'categories'));
ALTER TABLE layers ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';        -- JSON [{ key, label }], lowest first
ALTER TABLE layers ADD COLUMN thresholds TEXT NOT NULL DEFAULT '{}';        -- JSON { "1": [cut…], "2": [cut…] }
ALTER TABLE layers ADD COLUMN region_set TEXT NOT NULL DEFAULT '38-provinsi'
  CHECK (region_set IN ('38-provinsi', '34-provinsi'));
ALTER TABLE layers ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE layers ADD COLUMN classing TEXT NOT NULL DEFAULT '{"method":"official","classes":3,"palette":"YlOrRd"}';
-- A composite index's definition (JSON: dimensions → sub-dimensions → indicators with weights); NULL for others.
ALTER TABLE layers ADD COLUMN composite TEXT;

-- A value given to a region from its pre-2022 province ("91 Papua"), marked so the map and panel say so.
ALTER TABLE layer_values ADD COLUMN inherited_from TEXT;

-- Edition of imported layers: the preset their batch ran with.
UPDATE layers SET edition_id = coalesce(
  (SELECT json_extract(b.settings, '$.presetId') FROM batches b WHERE b.layer_id = layers.id ORDER BY b.id DESC LIMIT 1),
  'custom')
WHERE is_demo = 0;
UPDATE layers SET edition_id = 'custom' WHERE edition_id NOT IN ('ikp-2024', 'pemetaan-2024', 'tps-rawan', 'ipkp');
UPDATE layers SET edition_id = 'contoh' WHERE is_demo = 1;

UPDATE layers SET
  product = CASE edition_id
    WHEN 'ikp-2024' THEN 'ikp' WHEN 'pemetaan-2024' THEN 'pemetaan' WHEN 'tps-rawan' THEN 'tps-rawan'
    WHEN 'ipkp' THEN 'ipkp' WHEN 'contoh' THEN 'contoh' ELSE 'custom' END,
  edition_name = CASE edition_id
    WHEN 'ikp-2024' THEN 'IKP Pemilu dan Pemilihan Serentak 2024 (Bawaslu)'
    WHEN 'pemetaan-2024' THEN 'Pemetaan Kerawanan Pemilihan Serentak 2024 (Bawaslu)'
    WHEN 'tps-rawan' THEN 'TPS rawan Pilkada 2024 (Bawaslu)'
    WHEN 'ipkp' THEN 'Indeks Potensi Kerawanan Pilkada (Polri)'
    WHEN 'contoh' THEN 'Data contoh (fiktif)'
    ELSE name END,
  scale_kind = CASE edition_id WHEN 'pemetaan-2024' THEN 'categories' WHEN 'ipkp' THEN 'categories'
    WHEN 'tps-rawan' THEN 'count' ELSE 'score' END;

-- Categories and cuts as the layer was drawn, except the demo's (it borrowed IKP's cuts) and the terciles custom
-- layers got when nothing was published (computed classes, not categories: they become the quantile method).
UPDATE layers SET
  categories = (SELECT json_group_array(json_object('key', json_extract(c.value, '$.key'),
                                                    'label', json_extract(c.value, '$.label')))
                FROM json_each(layers.classification, '$.classes') c),
  thresholds = json_object(CAST(level AS TEXT), json_extract(classification, '$.breaks'))
WHERE is_demo = 0 AND json_extract(classification, '$.classes[0].key') NOT LIKE 'sepertiga%';
UPDATE layers SET thresholds = '{}' WHERE scale_kind = 'categories';

-- IKP 2024 publishes cuts for both levels: the layer's copy carries both (its own level as it was stored).
UPDATE layers SET thresholds = json_patch(
  '{"1":[{"at":21.7,"equalGoesUp":true},{"at":68.5,"equalGoesUp":false}],' ||
  '"2":[{"at":13.47,"equalGoesUp":true},{"at":49.33,"equalGoesUp":true}]}', thresholds)
WHERE edition_id = 'ikp-2024';

UPDATE layers SET classing = '{"method":"quantile","classes":3,"palette":"YlOrRd"}'
WHERE json_extract(classification, '$.classes[0].key') LIKE 'sepertiga%';
UPDATE layers SET classing = '{"method":"quantile","classes":5,"palette":"YlOrRd"}',
  notes = 'Angka dibangkitkan Waspada untuk percobaan; bukan data resmi.'
WHERE is_demo = 1;

-- IKP 2024 was built on 34 provinces (DOMAIN.md); so was any table imported with pre-2022 codes.
UPDATE layers SET region_set = '34-provinsi'
WHERE edition_id = 'ikp-2024'
   OR EXISTS (SELECT 1 FROM batches b WHERE b.layer_id = layers.id AND json_extract(b.settings, '$.vintage') = 'pre-2022');

-- The analyst's last map (layer, method, classes, view) lives in settings under 'map-state' (no table needed).
