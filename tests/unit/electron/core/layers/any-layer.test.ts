// A computed report layer (`laporan:…`) read like any other layer: listed with the layer model's classing, shown,
// compared, exported as an annex; never edited or deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classingOf, editionOf } from '../../../../../shared/editions/layer-edition';
import type { JobFile } from '../../../../../shared/jobs/job';
import { DEMO_LAYER_ID } from '../../../../../shared/demo/demo-layer';
import { bytesOf, exportFiles, readSheetJs, sheetRows } from '../../../helpers/export-harness';
import { openHarness, type Harness } from '../import/import-harness';
import { report } from '../reports/report-harness';

const LAYER = 'laporan:jumlah';

describe('a report layer through the one layer door', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await openHarness();
    await h.api('reports.create', {
      reports: [
        report({ kode: '35.27', uraian: 'Bentrok pendukung di Sampang' }),
        report({ kode: '35.27.01', kategoriId: 'politik-uang', uraian: 'Pembagian amplop' }),
        report({ kode: '32.04', tanggal: '2024-11-18' }),
      ],
    });
  });
  afterAll(() => h.close());

  it('is listed as computed, classed in thirds of the regions with reports, the zero class apart', async () => {
    const layer = (await h.api('layers.list', {})).find((l) => l.id === LAYER)!;
    expect(layer.origin).toBe('computed');
    expect(classingOf(layer)).toEqual({ method: 'quantile', classes: 3, palette: 'YlOrRd' });
    expect(editionOf(layer).scaleKind).toBe('score');
    expect(layer.classNotes?.[0]).toMatch(/tanpa laporan .* satu kelas sendiri/);
  });

  it('shows its class counts and range like a stored layer', async () => {
    const detail = await h.api('layers.show', { layerId: LAYER });
    expect(detail.regions).toEqual({ total: 514, withValue: 514 });
    expect(detail.range).toEqual({ min: 0, max: 2 });
    expect(detail.counts.reduce((a, b) => a + b, 0) + detail.noData).toBe(514);
  });

  it('compares region by region with a stored layer of the same level', async () => {
    const comparison = await h.api('layers.compare', { layerId: LAYER, withId: DEMO_LAYER_ID });
    expect(comparison.layer.id).toBe(LAYER);
    expect(comparison.with.id).toBe(DEMO_LAYER_ID);
  });

  it('exports as an annex: every kab/kota with its count, the reports behind it with category names', async () => {
    const [file] = (await exportFiles(h, 'export.annex', { layerId: LAYER, reports: {} })) as [JobFile];
    expect(file.name).toMatch(/^Lampiran Laporan ATHG/);
    const book = readSheetJs(bytesOf(file));
    const regions = sheetRows(book, 'Kabupaten-Kota').slice(1);
    expect(regions).toHaveLength(514);
    expect(regions.find((row) => row[1] === '35.27')?.[4]).toBe(2);
    const reports = sheetRows(book, 'Laporan ATHG').slice(1);
    expect(reports.map((row) => row[6]).sort()).toEqual([
      'Konflik antarpendukung',
      'Konflik antarpendukung',
      'Politik uang',
    ]);
  });

  it('refuses to be deleted, edited or saved with other classes, saying what can be done instead', async () => {
    for (const [method, input] of [
      ['layers.delete', { layerId: LAYER }],
      ['layers.update', { layerId: LAYER, name: 'Lain' }],
      ['layers.classify', { layerId: LAYER, method: 'jenks', save: true }],
    ] as const) {
      const result = await h.raw(method, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!result.ok) expect(result.error.message).toMatch(/dihitung dari register laporan/);
    }
  });
});
