// An agency annex whose two-row merged header ("Wilayah" over Provinsi | Kabupaten/Kota, "IKP 2024" over
// Skor | Kategori) is followed straight away by a province heading row merged across the table ("PAPUA TENGAH").
import { describe, expect, it } from 'vitest';
import { mergedHeaderAnnexWorkbook } from '../../../helpers/agency-workbooks';
import { importLayerOnce } from './import-harness';

describe('agency annex with a two-row merged header and province heading rows', () => {
  const workbook = mergedHeaderAnnexWorkbook();
  const imported = importLayerOnce(() => workbook, { presetId: 'ikp-2024' });

  it('stops the header above the first province heading', () => {
    expect(imported.preview.headers).toEqual([
      'No',
      'Wilayah / Provinsi',
      'Wilayah / Kabupaten/Kota',
      'IKP 2024 / Skor',
      'IKP 2024 / Kategori',
    ]);
    expect({ headerRow: imported.preview.headerRow, dataStartRow: imported.preview.dataStartRow }).toEqual({
      headerRow: 2,
      dataStartRow: 4,
    });
  });

  it('skips each province heading, "GORONTALO" included, and stores every kab/kota under them', () => {
    expect([...imported.stored.keys()].sort()).toEqual([...workbook.expected.keys()].sort());
    expect(imported.preview.rows).toMatchObject({ skipped: workbook.headingRows.length + 1, errors: 0 });
  });

  it('lists every skipped row in the preview, by reason', () => {
    expect(imported.preview.skipped.map(({ reason, rows, total }) => ({ reason, rows, total }))).toEqual([
      { reason: 'provinsi', rows: workbook.headingRows, total: workbook.headingRows.length },
      { reason: 'catatan', rows: [workbook.noteRow], total: 1 },
    ]);
  });

  it('keeps each score and category with its source row', () => {
    const differing = [...workbook.expected].filter(([kode, want]) => {
      const got = imported.stored.get(kode);
      return got?.value !== want.value || got.category !== want.category || got.source_row !== want.row;
    });
    expect(differing).toEqual([]);
  });
});

describe('the same annex with each province heading written in the Provinsi column alone', () => {
  const workbook = mergedHeaderAnnexWorkbook({ headingInProvinceColumn: true });
  const imported = importLayerOnce(() => workbook, { presetId: 'ikp-2024' });

  it('skips each heading and stores every kab/kota under it', () => {
    expect([...imported.stored.keys()].sort()).toEqual([...workbook.expected.keys()].sort());
    expect(imported.preview.rows).toMatchObject({ skipped: workbook.headingRows.length + 1, errors: 0 });
  });
});
