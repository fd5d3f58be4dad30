import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerSummary, RegionValue } from '../../../../../shared/api/types';
import type { CompositeDefinition } from '../../../../../shared/composite/composite';
import type { CompositeTrace } from '../../../../../shared/composite/compute';
import { DIMENSIONS, dimensionsWorkbook } from '../../../helpers/agency-workbooks';
import { importFile, openHarness, type Harness } from '../import/import-harness';

describe('composite index layer', () => {
  let h: Harness;
  let inputId: string;
  let batchId: number;
  let workbook: ReturnType<typeof dimensionsWorkbook>;
  beforeAll(async () => {
    h = await openHarness();
    workbook = dimensionsWorkbook(10);
    const { commit } = await importFile(h, workbook.fileName, workbook.bytes, { presetId: 'ikp-2024' });
    inputId = commit.layerId!;
    batchId = commit.batchId!;
  });
  afterAll(() => h.close());

  const definition = (): CompositeDefinition => ({
    normalisation: 'asis',
    dimensions: DIMENSIONS.map((label, d) => ({
      id: `d${d}`,
      label,
      weight: d === 0 ? 2 : 1,
      subdimensions: [
        {
          id: `s${d}`,
          label,
          weight: 1,
          indicators: [{ id: `i${d}`, label, source: { layerId: inputId, column: `Dimensi / ${label}` }, weight: 1 }],
        },
      ],
    })),
  });

  it('computes a weighted index from indicator columns that recomputes by hand', async () => {
    const columns = (await h.call<{ columns: string[] }>('layers.show', { layerId: inputId })).columns;
    expect(columns).toEqual(DIMENSIONS.map((d) => `Dimensi / ${d}`));
    const layer = await h.call<LayerSummary>('composites.save', {
      name: 'Indeks uji',
      level: 2,
      definition: definition(),
    });
    const values = await h.call<RegionValue[]>('layers.values', { layerId: layer.id });
    const [kode, dims] = [...workbook.dimensions][0]!;
    const byHand = (2 * dims[0]! + dims[1]! + dims[2]! + dims[3]!) / 5;
    expect(values.find((v) => v.kode === kode)?.value).toBeCloseTo(byHand, 2);
    const trace = await h.call<CompositeTrace>('composites.trace', { layerId: layer.id, kode });
    expect(trace.dimensions.map((d) => d.share)).toEqual([0.4, 0.2, 0.2, 0.2]);
    expect(trace.dimensions[0]!.children[0]!.children[0]!.raw).toBe(dims[0]);
  });

  it('keeps its last values, not silently emptied, when its input layer is undone', async () => {
    const layer = (await h.call<LayerSummary[]>('layers.list', {})).find((l) => l.origin === 'composite')!;
    expect(layer.valueCount).toBe(10);
    await h.call('batches.undo', { batchId });
    const after = (await h.call<LayerSummary[]>('layers.list', {})).find((l) => l.id === layer.id)!;
    // The input layer is gone with its batch; the composite keeps its last values and is not silently emptied.
    expect(after.valueCount).toBe(10);
  });
});
