// Issue 8, "Round trip": an annex goes back through the ordinary importer with no mapping step, to identical values,
// categories, codes, indicators, provenance and layer metadata; export → import → export gives identical data sheets,
// also when the annex was saved again by LibreOffice as .ods.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerSummary } from '../../../../../shared/api/types';
import { DEMO_LAYER_ID } from '../../../../../shared/demo/demo-layer';
import type { JobFile } from '../../../../../shared/jobs/job';
import { bytesOf, exportFiles, importPlanted, readSheetJs, sheetRows } from '../../../helpers/export-harness';
import { convertWithLibreOffice, HAS_LIBREOFFICE } from '../../../helpers/libreoffice';
import { importFile, openHarness, previewOf, type Harness } from '../import/import-harness';

const DATA_SHEETS = ['Ringkasan', 'Kabupaten-Kota', 'Laporan ATHG'];

/** Everything stored for a layer that an annex must carry: values, categories, indicators, provenance. */
function storedLayer(h: Harness, layerId: string) {
  return h.sql
    .prepare(
      `SELECT v.kode, v.value, v.category, v.extra, coalesce(v.origin_file, b.file_name) AS file,
              coalesce(v.origin_row, v.source_row) AS row
       FROM layer_values v LEFT JOIN batches b ON b.id = v.batch_id WHERE v.layer_id = ? ORDER BY v.kode`,
    )
    .all(layerId);
}

function storedReports(h: Harness) {
  return h.sql
    .prepare(
      `SELECT r.tanggal, r.kode, r.jenis, coalesce(c.nama, r.kategori_asli) AS kategori, r.uraian, r.sumber,
              coalesce(r.origin_file, b.file_name) AS file, coalesce(r.origin_row, r.source_row) AS row
       FROM reports r LEFT JOIN batches b ON b.id = r.batch_id LEFT JOIN report_categories c ON c.id = r.kategori_id
       ORDER BY r.tanggal, r.kode`,
    )
    .all();
}

/** The layer's own row without what a new import rightly changes (its id and when it was made). */
function layerMeta(layer: LayerSummary) {
  const { id: _id, visible: _visible, ...meta } = layer;
  return meta;
}

/** Takes an annex (layer sheet, then reports sheet) into a fresh store and exports it again. */
async function throughFreshStore(file: { name: string; bytes: Uint8Array }) {
  const h = await openHarness();
  const { preview, commit } = await importFile(h, file.name, file.bytes);
  // The same file again (its other sheet): the analyst confirms the deliberate re-import, as the dialog asks.
  const reports = await previewOf(h, file.name, file.bytes, { sheet: 'Laporan ATHG' });
  await h.call('import.commit', { jobId: reports.jobId, allowDuplicate: true });
  const [again] = (await exportFiles(h, 'export.annex', { layerId: commit.layerId!, reports: {} })) as [JobFile];
  return { h, preview, layerId: commit.layerId!, again };
}

describe('annex round trip', () => {
  let source: Harness;
  let layerId: string;
  let first: JobFile;
  let back: Awaited<ReturnType<typeof throughFreshStore>>;

  beforeAll(async () => {
    source = await openHarness();
    layerId = await importPlanted(source);
    [first] = (await exportFiles(source, 'export.annex', { layerId, reports: {} })) as [JobFile];
    back = await throughFreshStore({ name: first.name, bytes: bytesOf(first) });
  });
  afterAll(() => {
    source.close();
    back.h.close();
  });

  it('is recognised by the ordinary importer: sheet, mapping, edition and level with no mapping step', async () => {
    const { preview } = await previewOf(back.h, first.name, bytesOf(first));
    expect({
      sheet: preview.sheet,
      kind: preview.kind,
      level: preview.level,
      presetId: preview.presetId,
      mapping: preview.mapping,
    }).toEqual({
      sheet: 'Kabupaten-Kota',
      kind: 'layer',
      level: 2,
      presetId: 'ikp-2024',
      mapping: [
        'nomor',
        'kode',
        'provinsi',
        'kabkota',
        'skor',
        'abaikan',
        'kategori',
        'abaikan',
        'abaikan',
        'indikator',
        'indikator',
        'abaikan',
        'abaikan',
      ],
    });
    expect(preview.messages[0]).toMatch(/^Berkas ini lampiran Waspada/);
  });

  it('stores identical values, categories (planted text included), indicators and provenance', () => {
    expect(storedLayer(back.h, back.layerId)).toEqual(storedLayer(source, layerId));
  });

  it('brings the layer back with its name, edition, source, scale and classes', async () => {
    const [before, after] = [source.core.store.layers.get(layerId)!, back.h.core.store.layers.get(back.layerId)!];
    expect(layerMeta(after)).toEqual(layerMeta(before));
  });

  it('brings the reports back from their sheet with the same text and origin', () => {
    expect(storedReports(back.h)).toEqual(storedReports(source));
  });

  it('exports identical data sheets the second time', () => {
    const [a, b] = [readSheetJs(bytesOf(first)), readSheetJs(bytesOf(back.again))];
    for (const name of DATA_SHEETS)
      expect({ name, rows: sheetRows(b, name) }).toEqual({ name, rows: sheetRows(a, name) });
  });

  it.skipIf(!HAS_LIBREOFFICE)(
    'comes back just the same after LibreOffice saved it as .ods',
    { timeout: 180_000 },
    async () => {
      const ods = convertWithLibreOffice(bytesOf(first), 'lampiran.xlsx', 'ods');
      const fromOds = await throughFreshStore({ name: 'lampiran.ods', bytes: ods });
      try {
        expect(storedLayer(fromOds.h, fromOds.layerId)).toEqual(storedLayer(source, layerId));
        const [a, b] = [readSheetJs(bytesOf(first)), readSheetJs(bytesOf(fromOds.again))];
        for (const name of DATA_SHEETS)
          expect({ name, rows: sheetRows(b, name) }).toEqual({ name, rows: sheetRows(a, name) });
      } finally {
        fromOds.h.close();
      }
    },
  );
});

describe('annex round trip of a layer the analyst re-classed and whose edition they edited', () => {
  it('brings back the edited edition and the chosen classing, so the map draws the same classes', async () => {
    const source = await openHarness();
    const layerId = await importPlanted(source);
    const edition = { ...source.core.store.layers.get(layerId)!.edition!, notes: 'Ambang disepakati rakor 2026.' };
    await source.call('layers.update', {
      layerId,
      edition,
      classing: { method: 'quantile', classes: 5, palette: 'Blues' },
    });
    const [annex] = (await exportFiles(source, 'export.annex', { layerId, reports: {} })) as [JobFile];
    const back = await throughFreshStore({ name: annex.name, bytes: bytesOf(annex) });
    try {
      const [before, after] = [source.core.store.layers.get(layerId)!, back.h.core.store.layers.get(back.layerId)!];
      expect(after.edition?.notes).toBe('Ambang disepakati rakor 2026.');
      expect(after.classing).toEqual({ method: 'quantile', classes: 5, palette: 'Blues' });
      expect(layerMeta(after)).toEqual(layerMeta(before));
    } finally {
      source.close();
      back.h.close();
    }
  });

  it('keeps the demo layer fictitious when its annex is imported back', async () => {
    const source = await openHarness();
    const [annex] = (await exportFiles(source, 'export.annex', { layerId: DEMO_LAYER_ID, reports: {} })) as [JobFile];
    const h = await openHarness();
    try {
      const { commit } = await importFile(h, annex.name, bytesOf(annex));
      const layer = h.core.store.layers.get(commit.layerId!)!;
      expect({ isDemo: layer.isDemo, product: layer.edition?.product }).toEqual({ isDemo: true, product: 'contoh' });
    } finally {
      source.close();
      h.close();
    }
  });
});
