// A kecamatan sheet of one kabupaten (`Kecamatan | Jumlah TPS Rawan`), as a Kesbangpol kabupaten sends it: every row
// is read as a region row, including those after a kecamatan whose name starts like a footnote ("Sumberjaya").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../../shared/import/preview';
import { allRegions, regionNamed, writeWorkbook } from '../../../helpers/agency-workbooks';
import { openHarness, previewOf, type Harness } from './import-harness';

describe('TPS rawan per kecamatan of Kabupaten Majalengka', () => {
  const majalengka = regionNamed('Kabupaten Majalengka').kode;
  const kecamatan = allRegions().filter((r) => r.induk === majalengka);
  let h: Harness;
  let preview: ImportPreview;

  beforeAll(async () => {
    h = await openHarness();
    const rows = [['Kecamatan', 'Jumlah TPS Rawan'], ...kecamatan.map((r, i) => [r.nama, (i * 7) % 23])];
    ({ preview } = await previewOf(h, 'tps-rawan-majalengka.xlsx', writeWorkbook([{ name: 'TPS Rawan', rows }]), {
      presetId: 'tps-rawan',
    }));
  });
  afterAll(() => h.close());

  it('includes Sumberjaya, so the case is exercised', () => {
    expect(kecamatan.map((r) => r.nama)).toContain('Sumberjaya');
  });

  it('detects the kecamatan level', () => {
    expect(preview.level).toBe(3);
  });

  it('skips no row as a footnote: each is stored or listed for the analyst', () => {
    const listed = preview.regions.ambiguous.length + preview.regions.unmatched.length;
    expect({ read: preview.rows.read, skipped: preview.rows.skipped, accounted: preview.rows.stored + listed }).toEqual(
      { read: kecamatan.length, skipped: 0, accounted: kecamatan.length },
    );
  });
});
