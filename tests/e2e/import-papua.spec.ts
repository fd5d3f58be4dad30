// A table of the 34 provinces before the 2022 Papua split: the import reads its code year without asking and lets the
// analyst give undivided Papua's value to all of today's successors (marked inherited), to one, or to none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi } from './api';
import { expect, test } from './fixtures';

test('34 provinces: "sebelum 2022" is detected and Papua’s value goes to all successors, marked inherited', async ({
  mapPage,
  importDialog,
  shell,
}) => {
  const provinces = await callApi<{ kode: string; nama: string }[]>(shell, 'regions.list', { level: 1 });
  const old = provinces.filter((p) => !['93', '94', '95', '96'].includes(p.kode));
  const dir = mkdtempSync(join(tmpdir(), 'waspada-papua-'));
  const file = join(dir, 'ikp-2019-provinsi.csv');
  writeFileSync(file, ['Provinsi;Skor IKP', ...old.map((p, i) => `${p.nama};${20 + i}`)].join('\n'));
  try {
    await mapPage.open();
    await importDialog.open();
    await importDialog.chooseFile(file);
    const dialog = importDialog.dialog;
    await expect(dialog.getByLabel('Kode wilayah menurut')).toContainText('Otomatis (sebelum 2022)');
    const papua = dialog.getByLabel(/Nilai Papua sebelum 2022/);
    await expect(papua).toBeVisible();
    await papua.selectOption('all');
    await dialog.getByRole('button', { name: 'Terapkan', exact: true }).first().click();
    await expect(dialog.getByLabel(/Nilai Papua sebelum 2022/)).toHaveCount(0);
    await dialog.getByRole('button', { name: /^Simpan \d+ baris/ }).click();
    await expect(importDialog.dialog).toBeHidden();
    await mapPage.search.fill('Papua Tengah');
    await mapPage.search.press('Enter');
    await expect(mapPage.regionPanel).toContainText('diwariskan ke wilayah ini');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
