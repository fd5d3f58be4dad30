import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { BriefingPage } from './pages/briefing-page';

test('Peta briefing… previews the page as it will print and follows the area and title', async ({ mapPage, page }) => {
  await mapPage.open();
  const briefing = new BriefingPage(page);
  await briefing.open();
  await expect.poll(() => briefing.previewTitle()).toBe('Data contoh — fiktif — Kabupaten/Kota di Indonesia');
  await briefing.chooseArea('32');
  await expect.poll(() => briefing.previewTitle()).toBe('Data contoh — fiktif — Kabupaten/Kota di Provinsi Jawa Barat');
  await briefing.dialog.getByLabel('Judul', { exact: true }).fill('Rakor Kesbangpol Jawa Barat');
  await expect.poll(() => briefing.previewTitle()).toBe('Rakor Kesbangpol Jawa Barat');
  // The demo layer's watermark cannot be turned off.
  await expect(briefing.dialog.getByRole('checkbox', { name: /Tanda air/ })).toBeDisabled();
  await expect(briefing.dialog.getByRole('checkbox', { name: /Tanda air/ })).toBeChecked();
});

test('Peta briefing… saves a PDF of the page through the save function', async ({ mapPage, page }) => {
  await mapPage.open();
  const briefing = new BriefingPage(page);
  await briefing.open();
  await briefing.chooseArea('32');
  const download = await briefing.exportAs('PDF');
  expect(download.suggestedFilename()).toMatch(/^Peta Data contoh — fiktif - Provinsi Jawa Barat - [\d-]+\.pdf$/);
  expect(
    readFileSync((await download.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'disimpan' })).toBeVisible();
});

test('a layout saved by name comes back after the window is reopened', async ({ mapPage, page }) => {
  await mapPage.open();
  const briefing = new BriefingPage(page);
  await briefing.open();
  await briefing.dialog.getByLabel('Kertas', { exact: true }).selectOption('A3');
  await briefing.dialog.getByLabel('Nama tata letak').fill('Rakor A3');
  await briefing.dialog.getByRole('button', { name: 'Simpan tata letak' }).click();
  await briefing.dialog.getByRole('button', { name: 'Tutup peta briefing' }).click();
  await briefing.open();
  await briefing.dialog.getByLabel('Kertas', { exact: true }).selectOption('A4');
  await briefing.dialog.getByLabel('Tata letak tersimpan').selectOption('Rakor A3');
  await briefing.dialog.getByRole('button', { name: 'Pakai' }).click();
  await expect(briefing.dialog.getByLabel('Kertas', { exact: true })).toHaveValue('A3');
});
