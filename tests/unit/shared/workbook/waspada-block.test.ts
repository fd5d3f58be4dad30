import { describe, expect, it } from 'vitest';
import { IKP_2024_CLASSIFICATION } from '../../../../shared/editions/ikp-2024';
import type { GridCell } from '../../../../shared/import/fields';
import { blockRows, readBlock, WASPADA_SHEET, type WaspadaBlock } from '../../../../shared/workbook/waspada-block';

const BLOCK: WaspadaBlock = {
  format: 'waspada',
  version: 1,
  kind: 'templat',
  producedAt: '2026-11-25T02:00:00.000Z',
  appVersion: '0.1.0',
  layer: {
    id: 'ikp-1',
    name: '=IKP',
    level: 2,
    presetId: 'ikp-2024',
    source: 'Bawaslu',
    editionDate: '2022-12-16',
    scaleMin: 0,
    scaleMax: 100,
    classification: IKP_2024_CLASSIFICATION[2],
  },
  sheets: [{ name: 'Isian', kind: 'layer', mapping: ['nomor', 'kode', 'skor'], origin: null }],
  template: {
    id: 't1',
    series: 's1',
    province: { kode: '32', nama: 'Jawa Barat' },
    codes: Array.from({ length: 9000 }, (_, i) => `32.${String(i % 100).padStart(2, '0')}`),
    extraRows: 0,
  },
};

const asSheet = (rows: string[][]) => ({
  name: WASPADA_SHEET,
  cells: rows.map((row) => row.map((value): GridCell => ({ kind: 'text', value }))),
});

describe('the hidden block', () => {
  it('reads back exactly what was written, across several cells', () => {
    const rows = blockRows(BLOCK);
    expect(rows.length).toBeGreaterThan(2);
    expect(readBlock([asSheet(rows)])).toEqual({ status: 'valid', block: BLOCK });
  });

  it('never cuts a piece so that it starts like a formula', () => {
    const rows = blockRows({ ...BLOCK, template: { ...BLOCK.template!, codes: Array(5000).fill('32.01') } });
    expect(rows.filter((r) => /^[=+\-@']/.test(r[1] ?? ''))).toEqual([]);
  });

  it('is absent from an ordinary workbook and damaged when edited by hand', () => {
    expect(readBlock([{ name: 'Sheet1', cells: [] }])).toEqual({ status: 'absent' });
    const rows = blockRows(BLOCK);
    rows[1]![1] = rows[1]![1]!.replace('"templat"', '"lain"');
    expect(readBlock([asSheet(rows)])).toEqual({ status: 'damaged' });
  });
});
