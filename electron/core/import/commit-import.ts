import { buildClassification, defaultClassing } from '../../../shared/classify/layer-classes';
import { editionCopy } from '../../../shared/editions/editions';
import type { ImportCommitResult } from '../../../shared/import/preview';
import { slugify } from '../../../shared/regions/normalize';
import type { Store } from '../db/store';
import { hideDemoForFirstRealLayer } from '../layers/demo-layer';
import type { PreparedImport } from './prepare-import';

/** What the analyst decided at commit time. */
export interface CommitChoices {
  /** Store a file whose exact bytes were imported before. */
  allowDuplicate?: boolean;
  /** Name for the new layer, if changed after the preview. */
  layerName?: string;
}

/** The lowest and highest stored score, for a layer whose edition has no fixed scale. */
function valueRange(values: readonly (number | null)[]): { min: number | null; max: number | null } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) if (value !== null) [min, max] = [Math.min(min, value), Math.max(max, value)];
  return Number.isFinite(min) ? { min, max } : { min: null, max: null };
}

function recordCommit(store: Store, batchId: number, fileName: string, what: string, stored: number): void {
  store.audit.record({
    action: 'import.committed',
    subject: batchId,
    summary: `Impor ${fileName} disimpan sebagai batch ${batchId}: ${stored} baris ${what}.`,
    details: { fileName, stored },
  });
}

/**
 * Stores a prepared import as one unit of work: the batch with its provenance, then the new layer and its values (or
 * the reports), each row keeping its source row number. A failure anywhere leaves the store as it was. The same file
 * imported before is refused unless allowed, checked inside the transaction so two windows cannot both store it.
 */
export function commitImport(store: Store, prepared: PreparedImport, choices: CommitChoices = {}): ImportCommitResult {
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
  const outcome = store.transaction(() => {
    const duplicate = choices.allowDuplicate ? null : store.batches.findBySha256(preview.sha256);
    if (duplicate) return { duplicateOf: duplicate.batchId } as const;
    const batchId = store.batches.insert({
      fileName: preview.fileName,
      sha256: preview.sha256,
      sheet: preview.sheet,
      kind: preview.kind,
      rows,
      settings: {
        options: prepared.options,
        mapping: preview.mapping,
        level: interpreted.level,
        vintage: interpreted.vintage,
        presetId: prepared.presetId,
        ...(prepared.sources ? { files: prepared.sources } : {}),
      },
    });
    if (preview.kind === 'reports') {
      store.reports.insertImported(batchId, interpreted.reportRows);
      recordCommit(store, batchId, preview.fileName, 'laporan', rows.stored);
      return { batchId, layerId: null } as const;
    }
    const layerId = `${slugify(layerName) || 'lapisan'}-${batchId}`;
    // The layer keeps its own copy of the edition; the analyst edits that copy, never the shipped default.
    const edition = editionCopy(prepared.presetId);
    const range = valueRange(interpreted.layerRows.map((r) => r.value));
    // An annex or template of Waspada's own brings its layer's source, edition date and scale back exactly.
    const meta = prepared.layerMeta;
    edition.source =
      meta?.source ?? `${edition.source ? `${edition.source} · ` : ''}${preview.fileName}, lembar ${preview.sheet}`;
    if (meta)
      [edition.publishedOn, edition.scaleMin, edition.scaleMax] = [meta.editionDate, meta.scaleMin, meta.scaleMax];
    if (edition.scaleMin === null && edition.scaleMax === null)
      [edition.scaleMin, edition.scaleMax] = [range.min, range.max];
    if (interpreted.vintage === 'pre-2022') edition.regionSet = '34-provinsi';
    if (edition.product === 'custom') {
      edition.name = layerName;
      // A custom table whose categories are all a known vocabulary (Rendah/Sedang/Tinggi…) keeps them as its own.
      const found = prepared.classification;
      if (found.breaks.length === 0 && !found.classes[0]?.key.startsWith('sepertiga')) {
        edition.categories = found.classes.map((c) => ({ key: c.key, label: c.label }));
        if (range.min === null) edition.scaleKind = 'categories';
      }
    }
    const classing = defaultClassing(edition, interpreted.level);
    const values = interpreted.layerRows.map((r) => ({ ...r, batchId, sourceRow: r.row }));
    store.layers.insert({
      id: layerId,
      name: layerName,
      level: interpreted.level,
      edition,
      classing,
      classification: buildClassification(edition, interpreted.level, classing, values).classification,
      isDemo: false,
    });
    store.batches.setLayer(batchId, layerId);
    store.layers.insertValues(layerId, values);
    hideDemoForFirstRealLayer(store);
    recordCommit(store, batchId, preview.fileName, `lapisan "${layerName}"`, rows.stored);
    return { batchId, layerId } as const;
  });
  if ('duplicateOf' in outcome) {
    return rejected(
      `Berkas ini sudah diimpor sebagai batch ${outcome.duplicateOf}; tidak ada yang ditulis. ` +
        'Batalkan batch itu dulu, atau impor ulang dengan sengaja.',
    );
  }
  return { status: 'committed', batchId: outcome.batchId, layerId: outcome.layerId, rows, messages: [] };
}
