// Issue 8, CLI: `annex`, `export csv`, `template` and `import A.xlsx B.xlsx …`, through the functions the verbs run,
// over the same dispatch as the app; the files they write are read back.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annexCommand, csvCommand, templateCommand } from '../../../../electron/cli/export-commands';
import { mergeCommand, type MergeFlags } from '../../../../electron/cli/merge-command';
import { DEMO_LAYER_ID } from '../../../../shared/demo/demo-layer';
import { fillTemplate, importPlanted, readSheetJs, scores } from '../../helpers/export-harness';
import { dumpDataTables, openHarness, previewOf, type Harness } from '../core/import/import-harness';

const MERGE: MergeFlags = { dryRun: false, allowDuplicate: false, resolve: [] };

describe('export verbs', () => {
  let h: Harness;
  let dir: string;
  let layer: string;

  beforeAll(async () => {
    h = await openHarness();
    layer = await importPlanted(h);
    dir = mkdtempSync(join(tmpdir(), 'waspada-cli-export-'));
  });
  afterAll(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('annex --json prints { file, sheets: [{ name, rows }] } and writes that file', async () => {
    const out = join(dir, 'lampiran.xlsx');
    const report = await annexCommand(h.api, { layer, reports: true, province: '11', out });
    expect(report).toEqual({
      file: out,
      sheets: [
        { name: 'Ringkasan', rows: 2 },
        { name: 'Kabupaten-Kota', rows: 23 },
        { name: 'Laporan ATHG', rows: 12 },
        { name: 'Metadata', rows: expect.any(Number) },
      ],
    });
    expect(readSheetJs(new Uint8Array(readFileSync(out))).SheetNames).toContain('Kabupaten-Kota');
  });

  it('export csv writes the region table with the chosen separator and its decimal mark', async () => {
    const out = join(dir, 'tabel.csv');
    expect(await csvCommand(h.api, { layer, out, separator: ',', table: 'wilayah' })).toEqual({ file: out, rows: 30 });
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFNo,Kode,Provinsi,Kabupaten\/Kota,Skor,Kelas,Kategori terbitan,/);
    expect(lines[2]).toMatch(/^2,11\.02,Aceh,Kabupaten Aceh Tenggara,12\.25,Rendah,'\+62 812 3456,/);
  });

  it('export csv of the demo layer says "fiktif" on every row, and of a real layer adds nothing', async () => {
    const out = join(dir, 'contoh.csv');
    await csvCommand(h.api, { layer: DEMO_LAYER_ID, out, separator: ';', table: 'wilayah' });
    const [header, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(header).toMatch(/;Penanda data$/);
    expect(rows).toHaveLength(514);
    expect(rows.every((row) => row.endsWith(';DATA CONTOH — FIKTIF'))).toBe(true);
    // Read back, it is still a layer table: the mark's column maps to no field.
    const { preview } = await previewOf(h, 'contoh.csv', new Uint8Array(readFileSync(out)));
    expect([preview.kind, preview.mapping.at(-1)]).toEqual(['layer', 'abaikan']);
    await csvCommand(h.api, { layer, out, separator: ';', table: 'ringkasan' });
    expect(readFileSync(out, 'utf8')).not.toMatch(/FIKTIF|Penanda/);
  });

  it('template --all --out DIR writes one template per province into the folder', async () => {
    const out = join(dir, 'templat');
    const { files } = await templateCommand(h.api, { all: true, layer, reports: false, out });
    expect(files).toHaveLength(38);
    expect(readdirSync(out)).toHaveLength(38);
  });

  it('template refuses --province with --all, and --layer with --reports, in Bahasa', async () => {
    await expect(templateCommand(h.api, { all: true, province: '32', reports: true, out: dir })).rejects.toThrow(
      'Pilih salah satu: --province KODE atau --all.',
    );
    await expect(
      templateCommand(h.api, { all: false, province: '32', layer, reports: true, out: dir }),
    ).rejects.toThrow('Pilih salah satu: --layer ID atau --reports.');
  });

  it('import A B lists a conflict and stores nothing; with --resolve it stores one batch', async () => {
    const template = join(dir, 'jabar.xlsx');
    await templateCommand(h.api, { all: false, province: '32', layer, reports: false, out: template });
    const bytes = new Uint8Array(readFileSync(template));
    const [a, b] = [join(dir, 'a.xlsx'), join(dir, 'b.xlsx')];
    writeFileSync(a, await fillTemplate(bytes, scores({ '32.01': 40, '32.02': 50 })));
    writeFileSync(b, await fillTemplate(bytes, scores({ '32.01': 41 })));
    const before = dumpDataTables(h.core);
    const open = await mergeCommand(h.api, [a, b], MERGE);
    expect({ status: open.status, conflicts: open.conflicts }).toEqual({
      status: 'conflicts',
      conflicts: [
        {
          kode: '32.01',
          nama: 'Kabupaten Bogor',
          options: [
            { file: 'a.xlsx', row: 2, value: 40, category: null },
            { file: 'b.xlsx', row: 2, value: 41, category: null },
          ],
        },
      ],
    });
    expect(open.messages[0]).toMatch(/--resolve 32\.01=a\.xlsx/);
    expect(dumpDataTables(h.core)).toEqual(before);
    const settled = await mergeCommand(h.api, [a, b], { ...MERGE, resolve: ['32.01=b.xlsx'] });
    expect(settled).toMatchObject({ status: 'committed', batchId: expect.any(Number), rows: { stored: 2 } });
  });

  it('import A B with --resolve naming a file not given is refused, not guessed', async () => {
    const [a, b] = [join(dir, 'a.xlsx'), join(dir, 'b.xlsx')];
    expect(existsSync(a)).toBe(true);
    const report = await mergeCommand(h.api, [a, b], { ...MERGE, resolve: ['32.01=c.xlsx'] });
    expect(report).toMatchObject({
      status: 'rejected',
      messages: ['--resolve 32.01: berkas "c.xlsx" tidak termasuk yang diimpor.'],
    });
  });
});
