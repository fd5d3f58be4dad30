import { describe, expect, it } from 'vitest';
import { mergeFiles, mergeProblem, settleConflicts, type MergeFile } from '../../../../shared/import/merge';
import type { LayerRow } from '../../../../shared/import/types';

const row = (kode: string, value: number | null, at = 2): LayerRow => ({
  row: at,
  kode,
  nama: kode,
  value,
  category: null,
  extra: {},
});
const layerFile = (fileName: string, rows: LayerRow[]): MergeFile => ({
  fileName,
  kind: 'layer',
  level: 2,
  presetId: 'ikp-2024',
  template: null,
  layerRows: rows,
  reportRows: [],
});

describe('mergeFiles', () => {
  const files = [
    layerFile('a.xlsx', [row('32.01', 1), row('32.02', 2)]),
    layerFile('b.xlsx', [row('32.01', 1), row('32.02', 3, 7)]),
  ];

  it('keeps rows the files agree on once and holds back the ones they disagree on', () => {
    const outcome = mergeFiles(files);
    expect(outcome.layerRows.map((r) => r.kode)).toEqual(['32.01']);
    expect(outcome.identical).toBe(1);
    expect(outcome.conflicts).toEqual([
      {
        kode: '32.02',
        nama: '32.02',
        options: [
          { file: 0, fileName: 'a.xlsx', row: 2, value: 2, category: null, extra: {} },
          { file: 1, fileName: 'b.xlsx', row: 7, value: 3, category: null, extra: {} },
        ],
      },
    ]);
  });

  it('marks each row with the file it came from', () => {
    expect(mergeFiles(files).layerRows[0]!.origin).toEqual({ file: 'a.xlsx', row: 2 });
  });
});

describe('settleConflicts', () => {
  const files = [layerFile('a.xlsx', [row('32.02', 2)]), layerFile('b.xlsx', [row('32.02', 3)])];
  const outcome = mergeFiles(files);

  it('lists the conflicts still open instead of any rows', () => {
    expect(settleConflicts(outcome, files, [])).toEqual({ open: outcome.conflicts });
    expect(settleConflicts(outcome, files, [{ kode: '32.02', file: 5 }])).toEqual({ open: outcome.conflicts });
  });

  it("takes the chosen file's value, or nothing when the analyst leaves the region out", () => {
    expect(settleConflicts(outcome, files, [{ kode: '32.02', file: 1 }])).toEqual({
      rows: [{ ...row('32.02', 3), origin: { file: 'b.xlsx', row: 2 } }],
    });
    expect(settleConflicts(outcome, files, [{ kode: '32.02', file: null }])).toEqual({ rows: [] });
  });
});

describe('mergeProblem', () => {
  it('refuses files of different levels', () => {
    expect(mergeProblem([layerFile('a.xlsx', []), { ...layerFile('b.xlsx', []), level: 1 }])).toMatch(
      /berbeda tingkat wilayah/,
    );
  });

  it('accepts files of one layer and level', () => {
    expect(mergeProblem([layerFile('a.xlsx', []), layerFile('b.xlsx', [])])).toBeNull();
  });
});
