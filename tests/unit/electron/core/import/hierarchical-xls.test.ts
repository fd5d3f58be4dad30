// Issue 3, case 2: a legacy .xls with hierarchical numbering (1, 1.1, 1.2 …) and upper-case province rows interleaved
// between the kab/kota rows ("KAB. ACEH SELATAN", "KOTA BANDA ACEH").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportCommitResult, ImportPreview } from '../../../../../shared/import/preview';
import { hierarchicalXlsWorkbook } from '../../../helpers/agency-workbooks';
import { importFile, openHarness, previewOf, storedValues, type Harness, type StoredValue } from './import-harness';

describe('hierarchical kab/kota table in a legacy .xls (BIFF8)', () => {
  const workbook = hierarchicalXlsWorkbook();
  let h: Harness;
  let preview: ImportPreview;
  let commit: ImportCommitResult;
  let stored: Map<string, StoredValue>;
  let skippedRows: number[];

  beforeAll(async () => {
    h = await openHarness();
    const { jobId } = await previewOf(h, workbook.fileName, workbook.bytes);
    // The issue list as the analyst downloads it: "dilewati" lines are the skipped rows.
    const { csv } = await h.call<{ csv: string }>('import.issuesCsv', { jobId });
    skippedRows = csv
      .split('\r\n')
      .map((line) => line.split(';'))
      .filter((f) => f[2] === 'dilewati')
      .map((f) => Number(f[1]));
    ({ preview, commit } = await importFile(h, workbook.fileName, workbook.bytes));
    stored = storedValues(h.sql, commit.layerId!);
  });
  afterAll(() => h.close());

  it('reads the file as Excel 97–2003 (xls)', () => {
    expect(preview.format).toBe('xls');
  });

  it('stores all 514 kab/kota', () => {
    expect(commit.status).toBe('committed');
    expect([...stored.keys()].sort()).toEqual([...workbook.expected.keys()].sort());
  });

  it('skips the 38 province rows and nothing else', () => {
    expect(preview.rows).toEqual({ read: 552, stored: 514, skipped: 38, errors: 0 });
    expect(skippedRows).toEqual(workbook.provinceRows);
  });

  it('stores no province row, even though each carries a score', () => {
    const rows = new Set([...stored.values()].map((v) => v.source_row));
    expect(workbook.provinceRows.filter((row) => rows.has(row))).toEqual([]);
  });

  it('leaves no region ambiguous or unmatched', () => {
    expect({ ambiguous: preview.regions.ambiguous, unmatched: preview.regions.unmatched }).toEqual({
      ambiguous: [],
      unmatched: [],
    });
  });

  it('keeps each value, upper-case category and source row of the kab/kota rows', () => {
    const differing = [...workbook.expected].filter(([kode, want]) => {
      const got = stored.get(kode);
      return got?.value !== want.value || got.category !== want.category || got.source_row !== want.row;
    });
    expect(differing).toEqual([]);
  });
});
