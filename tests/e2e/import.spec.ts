import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';

/** Writes one sheet of rows as an .xlsx file and returns its path. */
function writeXlsx(file: string, sheet: string, rows: unknown[][]): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  return file;
}

/** A small IKP-style table as a province would send it: title row, decimal commas, an ambiguous "Banjar". */
function ikpWorkbook(dir: string): string {
  const rows = [
    ['INDEKS KERAWANAN PEMILU 2024 — KALIMANTAN SELATAN'],
    ['No', 'Kabupaten/Kota', 'Skor', 'Kategori'],
    [1, 'Kab. Tanah Laut', '12,5', 'Rendah'],
    [2, 'Kab. Kotabaru', '55,10', 'Tinggi'],
    [3, 'Banjar', '30', 'Sedang'],
    [4, 'Kota Banjarmasin', '49,33', 'Tinggi'],
  ];
  return writeXlsx(join(dir, 'ikp-kalsel.xlsx'), 'IKP', rows);
}

test('imports a workbook: preview, settle an ambiguous region, commit, see it on the map, undo it', async ({
  mapPage,
  importDialog,
  page,
  shell,
}) => {
  await mapPage.open();
  await importDialog.open();
  const { dialog } = importDialog;
  await importDialog.chooseFile(ikpWorkbook(shell.dataDir));
  await expect(importDialog.summary).toContainText('3 akan disimpan');
  await expect(dialog).toContainText('Wilayah yang perlu dipastikan (1)');
  // The full list of problems downloads as CSV through the browser shell's file platform.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Unduh daftar masalah (CSV)' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  expect(readFileSync(await csv.path(), 'utf8')).toContain('Banjar');

  await dialog.getByLabel('Wilayah untuk "Banjar" baris 5').selectOption('63.03');
  await dialog.getByRole('button', { name: 'Ingat pilihan ini' }).click();
  await expect(importDialog.summary).toContainText('4 akan disimpan');
  // The settled row (and its button, which had focus) is gone: focus went to the summary, not the page body.
  await expect(importDialog.summary).toBeFocused();

  await dialog.getByLabel('Produk / edisi').selectOption('ikp-2024');
  await expect(dialog.getByLabel('Nama lapisan')).toHaveValue(/IKP Pemilu/);
  await dialog.getByRole('button', { name: 'Simpan 4 baris' }).click();
  await expect(page.getByText('Tersimpan sebagai batch 1: 4 nilai lapisan.')).toBeVisible();
  await expect(mapPage.legend).toContainText('IKP Pemilu dan Pemilihan Serentak 2024');
  await expect.poll(() => mapPage.classOf('63.03')).toBe(1);
  await expect.poll(() => mapPage.classOf('63.71')).toBe(2);
  await expect.poll(() => mapPage.classOf('11.01')).toBe(-1);

  page.once('dialog', (confirm) => void confirm.accept());
  await page.getByText('Riwayat impor').click();
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(page.getByText('Batch 1 dibatalkan; datanya dihapus.')).toBeVisible();
  // The undone batch's button is gone: focus is on the layer panel's heading, not the page body.
  await expect(mapPage.layerPanel.getByRole('heading', { name: 'Lapisan', exact: true })).toBeFocused();
  await expect(mapPage.legend).toContainText('Data contoh — fiktif');
});

/** The 38 provinces by code, with a repeated header, a national total and a note: 38 rows to store, 3 to skip. */
function provinceWorkbook(dir: string): string {
  const codes =
    '11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96';
  const header = ['Kode', 'Skor'];
  const body = codes.split(' ').map((kode, i) => [kode, 20 + i]);
  const sheet = 'Provinsi';
  const rows = [
    ['IKP 2024 TINGKAT PROVINSI'],
    header,
    ...body.slice(0, 20),
    header,
    ...body.slice(20),
    ['Jumlah Nasional', 1500],
    [],
    ['Sumber: Bawaslu RI'],
  ];
  return writeXlsx(join(dir, 'ikp-provinsi.xlsx'), sheet, rows);
}

test('the preview says how many rows its sample shows and why each skipped row was skipped', async ({
  mapPage,
  importDialog,
  shell,
}) => {
  await mapPage.open();
  await importDialog.open();
  const { dialog } = importDialog;
  await importDialog.chooseFile(provinceWorkbook(shell.dataDir));
  await expect(dialog.locator('.import-summary')).toContainText('38 akan disimpan');
  await expect(dialog.locator('.import-summary')).toContainText('3 dilewati');
  await expect(dialog.locator('table.sample caption')).toHaveText('menampilkan 25 dari 38 baris');
  const skipped = dialog.getByRole('region', { name: 'Baris yang dilewati' });
  await expect(skipped.getByRole('heading')).toHaveText('Baris yang dilewati (3)');
  await expect(skipped).toContainText('Judul kolom yang diulang (1): baris 23');
  await expect(skipped).toContainText('Baris jumlah/total (1): baris 42');
  await expect(skipped).toContainText('Catatan di bawah tabel (1): baris 44');
});

test('a file that is not a workbook is refused with a message and nothing is stored', async ({
  mapPage,
  importDialog,
  shell,
}) => {
  await mapPage.open();
  const file = join(shell.dataDir, 'bukan-excel.xlsx');
  writeFileSync(file, Buffer.from('%PDF-1.7 this is not a spreadsheet'));
  await importDialog.open();
  await importDialog.chooseFile(file);
  await expect(importDialog.dialog.getByRole('alert')).toContainText('bukan-excel.xlsx');
  await expect(importDialog.dialog.getByRole('button', { name: 'Simpan' })).toBeDisabled();
  // The error says what to do next, and the dialog is back at its start: another file can be chosen.
  await expect(importDialog.dialog.getByRole('button', { name: 'Pilih berkas…' })).toBeFocused();
});

test('imported incident reports appear in the panel of their region', async ({
  mapPage,
  importDialog,
  page,
  shell,
}) => {
  await mapPage.open();
  const file = join(shell.dataDir, 'laporan.csv');
  writeFileSync(
    file,
    'Tanggal;Jenis ATHG;Kabupaten/Kota;Provinsi;Uraian;Sumber\n27 November 2024;Gangguan;Kab. Banjar;Kalimantan ' +
      'Selatan;Kericuhan di TPS 05;Polres\n',
  );
  await importDialog.open();
  const { dialog } = importDialog;
  await importDialog.chooseFile(file);
  await expect(dialog.locator('select').filter({ has: page.locator('option[value="reports"]') })).toHaveValue(
    'reports',
  );
  await dialog.getByRole('button', { name: 'Simpan 1 baris' }).click();
  await expect(page.getByText('Tersimpan sebagai batch 1: 1 laporan.')).toBeVisible();
  await mapPage.click('63.03');
  await expect(mapPage.regionPanel).toContainText('Laporan ATHG (1)');
  await expect(mapPage.regionPanel).toContainText('27 November 2024 · Gangguan');
  await expect(mapPage.regionPanel).toContainText('Kericuhan di TPS 05');
});

test('a long read shows its phase and row count, and "Hentikan" stops it and returns to choosing a file', async ({
  mapPage,
  importDialog,
  page,
  shell,
}) => {
  // Hold the job at "matching regions" as a 5.000-row workbook would be, whatever the small file's real progress.
  await page.route('**/api/import.status', async (route) => {
    const response = await route.fetch();
    const json = { ok: true, value: { state: 'running', progress: { phase: 'mencocokkan', done: 1234, total: 5000 } } };
    await route.fulfill({ response, json });
  });
  await mapPage.open();
  await importDialog.open();
  await importDialog.chooseFile(ikpWorkbook(shell.dataDir));
  await expect(importDialog.dialog.getByRole('status')).toHaveText('Mencocokkan wilayah — 1.234 dari 5.000 baris');
  await expect(importDialog.dialog.getByRole('progressbar', { name: 'Kemajuan impor' })).toHaveAttribute(
    'value',
    '1234',
  );
  // The stop button is the one thing to do while reading, so it has the focus.
  await expect(importDialog.dialog.getByRole('button', { name: 'Hentikan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(importDialog.dialog.getByRole('button', { name: 'Pilih berkas…' })).toBeFocused();
  await expect(importDialog.dialog.getByRole('progressbar')).toHaveCount(0);
});
