import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerSummary } from '../../../../../shared/api/types';
import type { AuditEntry } from '../../../../../shared/audit/audit';
import { DEMO_LAYER_ID } from '../../../../../shared/demo/demo-layer';
import { ikpKabKotaWorkbook } from '../../../helpers/agency-workbooks';
import { importFile, openHarness, type Harness } from '../import/import-harness';

describe('layer edits and the demo stepping aside', () => {
  let h: Harness;
  let layerId: string;
  beforeAll(async () => {
    h = await openHarness();
    const workbook = ikpKabKotaWorkbook();
    // No preset chosen: the table names its product ("INDEKS KERAWANAN PEMILU … 2024", "Sumber: Bawaslu").
    const { preview, commit } = await importFile(h, workbook.fileName, workbook.bytes);
    expect(preview.presetId).toBe('ikp-2024');
    layerId = commit.layerId!;
  });
  afterAll(() => h.close());

  it('proposes the edition the table names and says why', async () => {
    const layer = await h.call<LayerSummary>('layers.update', { layerId });
    expect(layer.edition).toMatchObject({ editionId: 'ikp-2024', regionSet: '34-provinsi' });
    expect(layer.classification.breaks.map((b) => b.at)).toEqual([13.47, 49.33]);
  });

  it('hides the demo after the first real import, still listed and restorable', async () => {
    const layers = await h.call<LayerSummary[]>('layers.list', {});
    expect(layers.find((l) => l.id === DEMO_LAYER_ID)?.visible).toBe(false);
    const restored = await h.call<LayerSummary>('layers.restoreDemo', {});
    expect(restored.visible).toBe(true);
  });

  it('changes thresholds through a properties edit, recolours, and audits the old and new', async () => {
    const before = await h.call<LayerSummary>('layers.update', { layerId });
    const edition = structuredClone(before.edition!);
    edition.thresholds['2'] = [
      { at: 20, equalGoesUp: true },
      { at: 60, equalGoesUp: true },
    ];
    const after = await h.call<LayerSummary>('layers.update', { layerId, edition });
    expect(after.classification.breaks.map((b) => b.at)).toEqual([20, 60]);
    const [entry] = await h.call<AuditEntry[]>('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'layer.edited', subject: layerId });
    expect(entry!.summary).toMatch(/edisi dan ambang/);
    expect(entry!.details).toMatchObject({
      before: { edition: { thresholds: { '2': [{ at: 13.47 }, { at: 49.33 }] } } },
    });
  });

  it('refuses thresholds that do not fit the categories and writes nothing', async () => {
    const before = await h.call<LayerSummary>('layers.update', { layerId });
    const edition = { ...before.edition!, thresholds: { '2': [{ at: 20, equalGoesUp: true }] } };
    const result = await h.raw('layers.update', { layerId, edition });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unchanged = await h.call<LayerSummary>('layers.update', { layerId });
    expect(unchanged.edition!.thresholds['2']).toEqual(before.edition!.thresholds['2']);
  });
});
