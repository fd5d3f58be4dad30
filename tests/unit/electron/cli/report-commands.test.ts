// `reports add`, `reports list`, `reports export` and `alerts` in-process, over a real data folder: the JSON shapes
// of the issue.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { buildProgram } from '../../../../electron/cli/program';
import { ApiError } from '../../../../shared/api/errors';
import { isoLocalDate } from '../../../../shared/format/date';
import { addDays } from '../../../../shared/reports/report-dates';
import { tempDir } from '../../helpers/temp-core';

/** Runs the CLI in-process and returns what it printed with console.log. */
async function cli(dataDir: string, ...args: string[]): Promise<string> {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: unknown) => void printed.push(String(text)));
  onTestFinished(() => log.mockRestore());
  await buildProgram('0.0.0-test').parseAsync([...args, '--data-dir', dataDir], { from: 'user' });
  log.mockRestore();
  return printed.join('\n');
}

function report(kode: string, tanggal: string, uraian: string) {
  return {
    tanggal,
    kode,
    jenis: 'G',
    aspek: 'sosial-budaya',
    kategoriId: 'konflik-antarpendukung',
    keparahan: 3,
    uraian,
    sumber: 'FKDM',
    keandalan: 'C',
    kredibilitas: 3,
  };
}

function jsonFile(dir: string, value: unknown): string {
  const file = join(dir, 'laporan.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('reports add and reports list', () => {
  it('adds one or many reports from a JSON file and lists them in the issue’s shape', async () => {
    const dir = tempDir();
    await cli(dir, 'reports', 'add', '--json-input', jsonFile(dir, report('35.27', '2024-11-20', 'Bentrok di posko')));
    const added = JSON.parse(
      await cli(
        dir,
        'reports',
        'add',
        '--json',
        '--json-input',
        jsonFile(dir, [report('32.04', '2024-11-21', 'Amplop'), report('32.73', '2024-10-01', 'Hoaks')]),
      ),
    );
    expect(added).toEqual({ ids: [2, 3] });
    const listed = JSON.parse(await cli(dir, 'reports', 'list', '--json'));
    expect(listed[0]).toEqual({
      id: 2,
      tanggal: '2024-11-21',
      kode: '32.04',
      jenis: 'G',
      kategori: 'Konflik antarpendukung',
      status: 'baru',
      ringkasan: 'Amplop',
    });
    expect(listed.map((r: { id: number }) => r.id)).toEqual([2, 1, 3]);
  });

  it('combines --region, --from, --to, --q, --type and --status', async () => {
    const dir = tempDir();
    const file = jsonFile(dir, [
      report('32.04', '2024-11-21', 'Amplop dibagikan'),
      report('32.73', '2024-10-01', 'Amplop'),
      report('35.27', '2024-11-20', 'Amplop'),
    ]);
    await cli(dir, 'reports', 'add', '--json-input', file);
    const args = [
      '--region',
      '32',
      '--from',
      '2024-11-01',
      '--to',
      '2024-11-30',
      '--q',
      'ampl',
      '--type',
      'G',
      '--status',
      'baru',
    ];
    const listed = JSON.parse(await cli(dir, 'reports', 'list', ...args, '--json'));
    expect(listed.map((r: { kode: string }) => r.kode)).toEqual(['32.04']);
  });

  it('writes nothing when one report of the file is invalid, and says which field is wrong', async () => {
    const dir = tempDir();
    const file = jsonFile(dir, [report('32.04', '2024-11-21', 'Amplop'), { ...report('32', '2024-11-21', 'X') }]);
    const error = await cli(dir, 'reports', 'add', '--json-input', file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/reports\.1\.kode: Pilih kabupaten\/kota/);
    expect(JSON.parse(await cli(dir, 'reports', 'list', '--json'))).toEqual([]);
  });
});

describe('reports export', () => {
  it('writes the register under the same filters to a workbook, into a folder under its own name', async () => {
    const dir = tempDir();
    const file = jsonFile(dir, [report('32.04', '2024-11-21', 'Amplop dibagikan'), report('35.27', '2024-11-20', 'X')]);
    await cli(dir, 'reports', 'add', '--json-input', file);
    const written = JSON.parse(
      await cli(dir, 'reports', 'export', '--region', '32', '--sort', 'tanggal-asc', '--out', `${dir}/`, '--json'),
    );
    expect(written).toEqual({
      file: join(dir, `Register laporan ATHG Jawa Barat ${isoLocalDate(new Date())}.xlsx`),
      rows: 1,
    });
    const book = XLSX.read(readFileSync(written.file), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Register laporan']!, { header: 1 });
    expect(rows.slice(1).map((row) => row[5])).toEqual(['32.04']);
  });

  it('refuses an unknown sort order before touching the store', async () => {
    const dir = tempDir();
    await expect(cli(dir, 'reports', 'export', '--out', `${dir}/x.xlsx`, '--sort', 'acak')).rejects.toThrow(/acak/);
  });
});

describe('alerts', () => {
  it('prints the spiking region in the issue’s shape, with the parameters given', async () => {
    const dir = tempDir();
    const asOf = '2024-11-20';
    const series = [1, 2, 3, 4].flatMap((week) =>
      [0, 1].map((i) => report('33.74', addDays(asOf, -7 * week), `r${week}${i}`)),
    );
    const spike = Array.from({ length: 8 }, (_, i) => report('33.74', asOf, `lonjakan ${i}`));
    await cli(dir, 'reports', 'add', '--json-input', jsonFile(dir, [...series, ...spike]));
    const alerts = JSON.parse(
      await cli(
        dir,
        'alerts',
        '--as-of',
        asOf,
        '--window-days',
        '7',
        '--baseline-weeks',
        '4',
        '--min-count',
        '3',
        '--json',
      ),
    );
    expect(alerts).toEqual([
      {
        kode: '33.74',
        nama: 'Kota Semarang',
        window: { from: '2024-11-14', to: '2024-11-20' },
        count: 8,
        baseline: 2,
        change: 300,
        rule: 'sedikitnya 3 laporan dalam 7 hari terakhir dan naik ≥ 100 % dari rata-rata 4 periode 7 hari sebelumnya',
        reportIds: [9, 10, 11, 12, 13, 14, 15, 16],
      },
    ]);
  });
});
