import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';

/** A downloaded template filled in as an officer would, saved under a new name. */
async function filled(template: string, out: string, scores: Record<string, number>): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  book.getWorksheet('Isian')!.eachRow((row) => {
    const kode = row.getCell(2).value;
    if (typeof kode === 'string' && kode in scores) row.getCell(5).value = scores[kode]!;
  });
  await book.xlsx.writeFile(out);
  return out;
}

test('exports the active layer as an annex workbook named for what and when', async ({ mapPage, page, shell }) => {
  await mapPage.open();
  const download = await new ExportPage(page).annex();
  expect(download.suggestedFilename()).toMatch(/^Lampiran Data contoh — fiktif kabkota \d{4}-\d{2}-\d{2}\.xlsx$/);
  const path = join(shell.dataDir, download.suggestedFilename());
  await download.saveAs(path);
  const book = XLSX.read(readFileSync(path));
  expect(book.SheetNames).toEqual(['Ringkasan', 'Kabupaten-Kota', 'Metadata', '_waspada']);
  await expect(page.getByRole('status').filter({ hasText: /Lampiran .* disimpan\./ })).toBeVisible();
});

test('two returned templates with one conflicting region: shown, nothing stored until settled', async ({
  mapPage,
  page,
  shell,
}) => {
  await mapPage.open();
  const exports = new ExportPage(page);
  const download = await exports.template('32');
  expect(download.suggestedFilename()).toMatch(
    /^Templat Data contoh — fiktif kabkota Jawa Barat \d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  const template = join(shell.dataDir, 'templat.xlsx');
  await download.saveAs(template);
  const a = await filled(template, join(shell.dataDir, 'petugas-a.xlsx'), { '32.01': 40, '32.04': 12.5 });
  const b = await filled(template, join(shell.dataDir, 'petugas-b.xlsx'), { '32.01': 41 });

  await exports.importFiles([a, b]);
  const dialog = exports.mergeDialog;
  await expect(dialog.getByRole('row', { name: /32\.01 Kabupaten Bogor/ })).toContainText('belum dipilih');
  const save = dialog.getByRole('button', { name: /^Simpan \d+ baris sebagai satu batch$/ });
  await expect(save).toBeDisabled();

  await dialog.getByRole('radio', { name: /^petugas-b\.xlsx \(baris 2\): skor 41$/ }).check();
  await expect(save).toHaveText('Simpan 2 baris sebagai satu batch');
  await save.click();
  await expect(page.getByText('Tersimpan sebagai batch 1: 2 nilai lapisan.')).toBeVisible();
  await expect(mapPage.legend).toContainText('hasil pengumpulan');
});
