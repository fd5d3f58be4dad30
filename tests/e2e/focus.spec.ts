// Keyboard focus in a walk-through: dialogs open on their primary action and give focus back to what opened them;
// focus never falls to the page body when what held it goes away.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the import dialog opens on "Pilih berkas…" (Enter picks a file); Escape gives focus back to its opener', async ({
  mapPage,
  importDialog,
  page,
  shell,
}) => {
  await mapPage.open();
  await importDialog.opener.focus();
  await page.keyboard.press('Enter');
  await expect(importDialog.dialog.getByRole('button', { name: 'Pilih berkas…' })).toBeFocused();

  const file = join(shell.dataDir, 'laporan.csv');
  writeFileSync(file, 'Tanggal;Jenis ATHG;Kabupaten/Kota;Uraian\n27 November 2024;Gangguan;Kab. Banjar;Kericuhan\n');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  // When the preview replaces the start screen, focus moves to its summary, not to the page body.
  await expect(importDialog.summary).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(importDialog.dialog).toBeHidden();
  await expect(importDialog.opener).toBeFocused();
});

test('the About screen opens on its close button and gives focus back to "Tentang & sumber data"', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  const opener = page.getByRole('button', { name: 'Tentang & sumber data' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Tentang Waspada' });
  await expect(dialog.getByRole('button', { name: 'Tutup', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('"Peta briefing…" opens on its PDF export; Escape gives focus back to its opener', async ({ mapPage, page }) => {
  await mapPage.open();
  const opener = page.getByRole('button', { name: 'Peta briefing…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Peta briefing' });
  await expect(dialog.getByRole('button', { name: 'PDF', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the annex dialog opens on "Buat lampiran Excel"; Escape gives focus back to the legend\'s button', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  const opener = mapPage.legend.getByRole('button', { name: 'Ekspor lampiran Excel…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ekspor lampiran Excel' });
  await expect(dialog.getByRole('button', { name: 'Buat lampiran Excel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the template dialog opens on its first step, the province; Escape gives focus back to its opener', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  const opener = page.getByRole('button', { name: 'Buat templat pengumpulan…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Buat templat pengumpulan' });
  await expect(dialog.getByLabel('Provinsi')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the backups dialog opens on "Buat cadangan sekarang"; Escape gives focus back to the menu it came from', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  const menu = page.getByText('Data & keamanan');
  await menu.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Cadangan dan pemulihan…' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cadangan dan pemulihan' });
  await expect(dialog.getByRole('button', { name: 'Buat cadangan sekarang' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menu).toBeFocused();
});

test('a region panel opened from search gives focus back to the search box when it closes', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  await mapPage.search.fill('63.03');
  await expect(mapPage.results.first()).toBeVisible();
  await mapPage.search.press('Enter');
  await expect(mapPage.regionPanel.getByRole('heading', { name: 'Kabupaten Banjar' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mapPage.regionPanel).toBeHidden();
  await expect(mapPage.search).toBeFocused();
});

test('a region panel opened on the map gives focus back to the map when its close button is pressed', async ({
  mapPage,
}) => {
  await mapPage.open();
  await mapPage.click('63.03');
  await expect(mapPage.regionPanel.getByRole('heading', { name: 'Kabupaten Banjar' })).toBeFocused();
  await mapPage.regionPanel.getByRole('button', { name: 'Tutup rincian wilayah' }).click();
  await expect(mapPage.regionPanel).toBeHidden();
  await expect(mapPage.canvas).toBeFocused();
});
