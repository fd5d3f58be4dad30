// Keyboard focus in a walk-through: every dialog family opens on its primary action and gives focus back to what
// opened it on Escape; focus never falls to the page body when what held it goes away.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportMenu, safetyMenu } from './pages/header-menu';

/** Escape closes the dialog and focus is back on its opener. */
async function escapeBackTo(page: Page, dialog: Locator, opener: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

/** A dialog's button by its exact name. */
const button = (dialog: Locator, name: string) => dialog.getByRole('button', { name, exact: true });

/** A report CSV in the shell's data folder, to pick in a file chooser. */
function reportCsv(dir: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, 'Tanggal;Jenis ATHG;Kabupaten/Kota;Uraian\n27 November 2024;Gangguan;Kab. Banjar;Kericuhan\n');
  return file;
}

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

  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(reportCsv(shell.dataDir, 'laporan.csv'));
  // When the preview replaces the start screen, focus moves to its summary, not to the page body.
  await expect(importDialog.summary).toBeFocused();
  await escapeBackTo(page, importDialog.dialog, importDialog.opener);
});

test('several files chosen for import open the merge dialog; Escape gives focus back to the import button', async ({
  mapPage,
  importDialog,
  page,
  shell,
}) => {
  await mapPage.open();
  await importDialog.opener.focus();
  await page.keyboard.press('Enter');
  const chooser = page.waitForEvent('filechooser');
  await importDialog.dialog.getByRole('button', { name: 'Pilih berkas…' }).press('Enter');
  await (await chooser).setFiles([reportCsv(shell.dataDir, 'a.csv'), reportCsv(shell.dataDir, 'b.csv')]);
  const merge = page.getByRole('dialog', { name: 'Impor beberapa templat' });
  await expect(merge.locator('.import-summary')).toBeFocused();
  await escapeBackTo(page, merge, importDialog.opener);
});

test('the About screen opens on its close button and gives focus back to "Tentang & sumber data"', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  const opener = page.getByRole('button', { name: 'Tentang & sumber data' });
  await opener.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Tentang Waspada' });
  await expect(dialog.getByRole('button', { name: 'Tutup', exact: true })).toBeFocused();
  await escapeBackTo(page, dialog, opener);
});

test('the Ekspor menu opens on its first item, arrows move, Escape closes it back onto its button', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  const menu = exportMenu(page);
  await menu.button.press('Enter');
  await expect(menu.item('Peta briefing…')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.item('Lampiran Excel / CSV…')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(menu.item('Templat pengumpulan…')).toBeFocused();
  await escapeBackTo(page, menu.menu, menu.button);
});

/**
 * Dialogs opened from a header menu with the keyboard: the keys (the first pressed on the menu button: Enter or ↓
 * opens on the first item, ↑ on the last), the dialog, and the control it opens on.
 */
const MENU_DIALOGS: { menu: typeof exportMenu; keys: string[]; dialog: string; primary: (d: Locator) => Locator }[] = [
  { menu: exportMenu, keys: ['Enter', 'Enter'], dialog: 'Peta briefing', primary: (d) => button(d, 'PDF') },
  {
    menu: exportMenu,
    keys: ['ArrowDown', 'ArrowDown', 'Enter'],
    dialog: 'Ekspor lampiran Excel',
    primary: (d) => button(d, 'Buat lampiran Excel'),
  },
  {
    menu: exportMenu,
    keys: ['ArrowUp', 'Enter'],
    dialog: 'Buat templat pengumpulan',
    primary: (d) => d.getByLabel('Provinsi'),
  },
  {
    menu: safetyMenu,
    keys: ['Enter', 'Enter'],
    dialog: 'Cadangan dan pemulihan',
    primary: (d) => button(d, 'Buat cadangan sekarang'),
  },
  {
    menu: safetyMenu,
    keys: ['Enter', 'End', 'ArrowUp', 'ArrowUp', 'Enter'],
    dialog: 'Jejak audit',
    primary: (d) => d.getByRole('button', { name: /^Ekspor/ }),
  },
];

for (const { menu: menuOf, keys, dialog: name, primary } of MENU_DIALOGS) {
  test(`"${name}" opens from its menu on its primary action; Escape gives focus back to the menu button`, async ({
    mapPage,
    page,
  }) => {
    await mapPage.open();
    const menu = menuOf(page);
    await menu.button.press(keys[0]!);
    for (const key of keys.slice(1)) await page.keyboard.press(key);
    const dialog = page.getByRole('dialog', { name, exact: true });
    await expect(primary(dialog)).toBeFocused();
    await escapeBackTo(page, dialog, menu.button);
  });
}

test('the annex dialog opens on "Buat lampiran Excel" from the legend too, and gives focus back there', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  const dialog = page.getByRole('dialog', { name: 'Ekspor lampiran Excel' });
  const opener = mapPage.layerPanel.getByRole('button', { name: 'Ekspor lampiran Excel…' });
  await opener.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Buat lampiran Excel' })).toBeFocused();
  await escapeBackTo(page, dialog, opener);
});

/** The layer panel's editors: the button that opens each, its dialog, and the control it opens on. */
const EDITORS = [
  {
    what: 'the class editor opens on "Simpan klasifikasi"',
    opener: 'Kelas Data contoh — fiktif',
    dialog: 'Klasifikasi Data contoh — fiktif',
    primary: 'Simpan klasifikasi',
  },
  {
    what: 'the properties panel opens on "Simpan sifat lapisan"',
    opener: 'Sifat Data contoh — fiktif',
    dialog: 'Sifat Data contoh — fiktif',
    primary: 'Simpan sifat lapisan',
  },
  {
    what: 'a new composite index opens on its first step, the IKP template',
    opener: 'Buat indeks komposit…',
    dialog: 'Indeks komposit',
    primary: /^Pakai templat IKP 2024/,
  },
];

for (const editor of EDITORS) {
  test(`${editor.what}; Escape gives focus back to the layer panel's button`, async ({ mapPage, page }) => {
    await mapPage.open();
    const opener = mapPage.layerPanel.getByRole('button', { name: editor.opener, exact: true });
    await opener.press('Enter');
    const dialog = page.getByRole('dialog', { name: editor.dialog, exact: true });
    await expect(dialog.getByRole('button', { name: editor.primary })).toBeFocused();
    await escapeBackTo(page, dialog, opener);
  });
}

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
