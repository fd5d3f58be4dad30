import { describe, expect, it } from 'vitest';
import { describeRows, groupSkipped, sampleCaption } from '../../../../shared/import/preview';
import type { RowIssue } from '../../../../shared/import/types';

const skippedRow = (row: number, skipped: RowIssue['skipped']): RowIssue => ({
  row,
  severity: 'info',
  message: 'dilewati',
  skipped,
});

describe('groupSkipped', () => {
  it('groups skipped rows by reason, in the order first met, with a label for each', () => {
    const issues = [
      skippedRow(5, 'provinsi'),
      { row: 6, severity: 'error', message: 'Wilayah ambigu' } as RowIssue,
      skippedRow(12, 'provinsi'),
      skippedRow(40, 'total'),
      skippedRow(20, 'provinsi'),
    ];
    expect(groupSkipped(issues)).toEqual([
      {
        reason: 'provinsi',
        label: 'Baris provinsi (subtotal), dipakai sebagai konteks provinsi baris di bawahnya',
        rows: [5, 12, 20],
        total: 3,
      },
      { reason: 'total', label: 'Baris jumlah/total', rows: [40], total: 1 },
    ]);
  });

  it('keeps only the first row numbers past the limit but counts them all', () => {
    const issues = Array.from({ length: 10 }, (_, i) => skippedRow(i + 2, 'catatan'));
    expect(groupSkipped(issues, 4)).toMatchObject([{ rows: [2, 3, 4, 5], total: 10 }]);
  });
});

describe('describeRows', () => {
  it('lists the rows: "baris 5, 12, 20"', () => {
    expect(describeRows({ rows: [5, 12, 20], total: 3 })).toBe('baris 5, 12, 20');
  });

  it('says how many more there are past the rows it lists, with Indonesian digit grouping', () => {
    expect(describeRows({ rows: [1200, 1201, 1202], total: 2003 }, 2)).toBe('baris 1.200, 1.201 dan 2.001 lainnya');
  });
});

describe('sampleCaption', () => {
  it('says how many rows the sample shows of how many will be stored', () => {
    expect(sampleCaption(25, 44)).toBe('menampilkan 25 dari 44 baris');
  });

  it('says when the sample shows them all', () => {
    expect(sampleCaption(12, 12)).toBe('menampilkan semua 12 baris');
  });
});
