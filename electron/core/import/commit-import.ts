import type Database from 'better-sqlite3';
import { findPreset } from '../../../shared/import/presets';
import type { ImportCommitResult } from '../../../shared/import/preview';
import type { PreparedImport } from './prepare-import';

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'lapisan'
  );
}

/** What the analyst decided at commit time. */
export interface CommitChoices {
  /** Store a file whose exact bytes were imported before. */
  allowDuplicate?: boolean;
  /** Name for the new layer, if changed after the preview. */
  layerName?: string;
}

/**
 * Stores a prepared import in one transaction: the batch with its provenance, then the new layer and its values (or
 * the reports), each row keeping its source row number. A failure anywhere leaves the store as it was. The same file
 * imported before is refused unless allowed, checked inside the transaction so two windows cannot both store it.
 */
export function commitImport(
  db: Database.Database,
  prepared: PreparedImport,
  choices: CommitChoices = {},
): ImportCommitResult {
  const { preview, interpreted } = prepared;
  const rows = interpreted.rows;
  const rejected = (message: string): ImportCommitResult => ({
    status: 'rejected',
    batchId: null,
    layerId: null,
    rows: { ...rows, stored: 0 },
    messages: [message],
  });
  if (rows.stored === 0) return rejected('Tidak ada baris yang dapat disimpan; tidak ada yang ditulis.');
  const layerName = choices.layerName?.trim() || preview.layerName;
  const settings = JSON.stringify({
    options: prepared.options,
    mapping: preview.mapping,
    level: interpreted.level,
    vintage: interpreted.vintage,
    presetId: prepared.presetId,
  });
  let batchId = 0;
  let layerId: string | null = null;
  let duplicateOf: number | null = null;
  db.transaction(() => {
    duplicateOf = choices.allowDuplicate
      ? null
      : ((db.prepare('SELECT id FROM batches WHERE sha256 = ? ORDER BY id DESC LIMIT 1').pluck().get(preview.sha256) as
          number | undefined) ?? null);
    if (duplicateOf !== null) return;
    batchId = Number(
      db
        .prepare(
          `INSERT INTO batches (file_name, sha256, sheet, kind, rows_read, rows_stored, rows_skipped, settings) ` +
            `VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          preview.fileName,
          preview.sha256,
          preview.sheet,
          preview.kind,
          rows.read,
          rows.stored,
          rows.skipped,
          settings,
        ).lastInsertRowid,
    );
    if (preview.kind === 'reports') {
      const insert = db.prepare(
        'INSERT INTO reports (batch_id, source_row, tanggal, kode, jenis, kategori, uraian, sumber) VALUES (?, ?, ' +
          '?, ?, ?, ?, ?, ?)',
      );
      for (const r of interpreted.reportRows)
        insert.run(batchId, r.row, r.tanggal, r.kode, r.jenis, r.kategori, r.uraian, r.sumber);
      return;
    }
    layerId = `${slug(layerName)}-${batchId}`;
    const preset = findPreset(prepared.presetId);
    let min = Infinity;
    let max = -Infinity;
    for (const r of interpreted.layerRows)
      if (r.value !== null) [min, max] = [Math.min(min, r.value), Math.max(max, r.value)];
    const scaleMin = preset?.scaleMin ?? (Number.isFinite(min) ? min : null);
    const scaleMax = preset?.scaleMax ?? (Number.isFinite(max) ? max : null);
    db.prepare(
      `INSERT INTO layers (id, name, level, source, edition_date, scale_min, scale_max, classification, is_demo) ` +
        `VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    ).run(
      layerId,
      layerName,
      interpreted.level,
      `${preset?.source ? `${preset.source} · ` : ''}${preview.fileName}, lembar ${preview.sheet}`,
      preset?.editionDate ?? null,
      scaleMin,
      scaleMax,
      JSON.stringify(prepared.classification),
    );
    db.prepare('UPDATE batches SET layer_id = ? WHERE id = ?').run(layerId, batchId);
    const insert = db.prepare(
      'INSERT INTO layer_values (layer_id, kode, value, category, batch_id, source_row, extra) VALUES (?, ?, ?, ?, ' +
        '?, ?, ?)',
    );
    for (const r of interpreted.layerRows) {
      const extra = Object.keys(r.extra).length > 0 ? JSON.stringify(r.extra) : null;
      insert.run(layerId, r.kode, r.value, r.category, batchId, r.row, extra);
    }
  })();
  if (duplicateOf !== null) {
    return rejected(
      `Berkas ini sudah diimpor sebagai batch ${duplicateOf}; tidak ada yang ditulis. Batalkan batch itu dulu, ` +
        `atau impor ulang dengan sengaja.`,
    );
  }
  return { status: 'committed', batchId, layerId, rows, messages: [] };
}
