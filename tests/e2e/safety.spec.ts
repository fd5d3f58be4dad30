// Issue 7 in the real renderer: unlock screen, backups and restore, audit trail, remembered answers, passphrase,
// the damaged and the unopenable store, and a workbook dropped on the window.
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import * as XLSX from 'xlsx';
import { startShellProcess } from '../../scripts/lib/shell-process';
import { damageStoreFile } from '../unit/helpers/damage-store';
import { expect, test } from './fixtures';
import { MapPage } from './pages/map-page';
import { SafetyPage, waspada } from './pages/safety-page';

const PASSPHRASE = 'kunci-rahasia-2024';
const SHOTS = process.env.WASPADA_SCREENSHOTS;

/** Saves a screenshot for people to look at when WASPADA_SCREENSHOTS names a folder. */
async function shot(page: import('@playwright/test').Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** A data folder prepared by the CLI before the shell opens it. */
function preparedDir(...steps: [string[], Record<string, string>?][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'waspada-e2e-'));
  for (const [args, env] of steps) waspada(dir, args, env);
  return dir;
}

test('an encrypted store asks for its passphrase, refuses a wrong one, then opens', async ({ page }) => {
  const shell = await startShellProcess(preparedDir([['passphrase', 'set'], { WASPADA_NEW_PASSPHRASE: PASSPHRASE }]));
  try {
    await page.goto(shell.url);
    await expect(page.getByRole('heading', { name: 'Basis data terkunci' })).toBeVisible();
    await page.getByLabel('Frasa sandi').fill('bukan-ini-123');
    await page.getByRole('button', { name: 'Buka' }).click();
    await expect(page.getByRole('alert')).toContainText('Frasa sandi salah');
    await shot(page, 'buka-kunci');
    await page.getByLabel('Frasa sandi').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buka' }).click();
    await expect(page.locator('body[data-map="coloured"]')).toBeAttached({ timeout: 30_000 });
  } finally {
    await shell.stop();
  }
});

test('backs up (daily, and on demand), then restores a backup: the deleted demo layer comes back', async ({
  mapPage,
  page,
}) => {
  const safety = new SafetyPage(page);
  await mapPage.open();
  let dialog = await safety.open('Cadangan dan pemulihan…', 'Cadangan dan pemulihan');
  // The first launch of the day already took one.
  await expect(dialog.getByRole('row')).toHaveCount(2);
  await expect(dialog).toContainText('cadangan harian');
  await dialog.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
  await expect(dialog.getByRole('row')).toHaveCount(3);
  await expect(dialog.getByRole('row').nth(1)).toContainText('dibuat analis');
  await expect(dialog.getByRole('row').nth(1)).toContainText('1 lapisan · 0 batch · 0 laporan');
  await shot(page, 'cadangan');
  await dialog.getByRole('button', { name: 'Tutup', exact: true }).click();

  expect(await safety.api('layers.delete', { layerId: 'contoh-fiktif' })).toMatchObject({ ok: true });
  await page.reload();
  await expect(page.getByText('Belum ada lapisan data.')).toBeVisible();
  dialog = await safety.open('Cadangan dan pemulihan…', 'Cadangan dan pemulihan');
  page.once('dialog', (confirm) => void confirm.accept());
  await dialog.getByRole('row').filter({ hasText: 'dibuat analis' }).getByRole('button', { name: 'Pulihkan…' }).click();
  await expect(page.getByText(/dipulihkan\. Basis data sebelumnya disimpan/)).toBeVisible();
  await expect(mapPage.legend).toContainText('Data contoh — fiktif');

  const audit = await safety.open('Jejak audit…', 'Jejak audit');
  await expect(audit.getByRole('row').nth(1)).toContainText('Cadangan dipulihkan');
  await expect(audit).toContainText('Lapisan dihapus');
  await shot(page, 'jejak-audit');
  const download = page.waitForEvent('download');
  await audit.getByRole('button', { name: 'Ekspor CSV…' }).click();
  expect((await download).suggestedFilename()).toMatch(/^jejak-audit-\d{4}-\d{2}-\d{2}\.csv$/);
});

test('lists remembered answers and forgets one', async ({ mapPage, page }) => {
  const safety = new SafetyPage(page);
  await mapPage.open();
  await safety.api('regions.remember', { input: 'Bjr', province: 'Kalsel', level: 2, kode: '63.03' });
  const dialog = await safety.open('Jawaban wilayah yang diingat…', 'Jawaban wilayah yang diingat');
  await expect(dialog.getByRole('row').nth(1)).toContainText('Bjr (Kalsel)');
  await expect(dialog.getByRole('row').nth(1)).toContainText('Kabupaten Banjar (63.03)');
  await shot(page, 'jawaban-wilayah');
  await dialog.getByRole('button', { name: 'Lupakan' }).click();
  await expect(dialog).toContainText('Belum ada jawaban yang diingat.');
});

test('sets a passphrase from the app: the store file is encrypted', async ({ mapPage, page, shell }) => {
  const safety = new SafetyPage(page);
  await mapPage.open();
  const dialog = await safety.open('Frasa sandi…', 'Frasa sandi basis data');
  await dialog.getByLabel('Frasa sandi baru', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Ulangi frasa sandi baru').fill('tidak-sama-123');
  await dialog.getByRole('button', { name: 'Pasang frasa sandi' }).click();
  await expect(dialog.getByRole('alert')).toContainText('tidak sama');
  await shot(page, 'frasa-sandi');
  await dialog.getByLabel('Ulangi frasa sandi baru').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Pasang frasa sandi' }).click();
  await expect(page.getByText(/Basis data kini dilindungi frasa sandi/)).toBeVisible();
  const header = readFileSync(join(shell.dataDir, 'waspada.sqlite')).subarray(0, 15).toString('latin1');
  expect(header).not.toBe('SQLite format 3');
});

test('a damaged store opens read-only with a banner, and restoring the latest backup repairs it', async ({ page }) => {
  const dir = preparedDir([['backup']]);
  damageStoreFile(join(dir, 'waspada.sqlite'));
  const shell = await startShellProcess(dir);
  try {
    await page.goto(shell.url);
    const banner = page.locator('.damaged-banner');
    await expect(banner).toContainText('Basis data rusak — hanya-baca.');
    await shot(page, 'basis-data-rusak');
    await banner.getByRole('button', { name: 'Pulihkan cadangan terbaru…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cadangan dan pemulihan' });
    page.once('dialog', (confirm) => void confirm.accept());
    await dialog.getByRole('button', { name: 'Pulihkan…' }).first().click();
    await expect(banner).toHaveCount(0);
    await expect(new MapPage(page, shell.url).legend).toContainText('Data contoh — fiktif');
  } finally {
    await shell.stop();
  }
});

test('a store that cannot be opened gets a clear screen with its backups', async ({ page }) => {
  const dir = preparedDir([['backup']]);
  const db = new Database(join(dir, 'waspada.sqlite'));
  db.pragma('user_version = 999');
  db.close();
  const shell = await startShellProcess(dir);
  try {
    await page.goto(shell.url);
    await expect(page.getByRole('heading', { name: 'Basis data tidak dapat dibuka' })).toBeVisible();
    await expect(page.getByText(/dibuat oleh Waspada yang lebih baru/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pulihkan…' })).toHaveCount(1);
    await shot(page, 'tidak-dapat-dibuka');
  } finally {
    await shell.stop();
  }
});

test('a workbook dropped on the window opens the import with its preview', async ({ mapPage, page }) => {
  await mapPage.open();
  const book = XLSX.utils.book_new();
  const rows = [
    ['Kabupaten/Kota', 'Skor'],
    ['Kab. Tanah Laut', '12,5'],
    ['Kota Banjarmasin', '49,33'],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'IKP');
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  await new SafetyPage(page).dropFile('ikp-diseret.xlsx', new Uint8Array(bytes));
  const dialog = page.getByRole('dialog', { name: 'Impor buku kerja' });
  await expect(dialog.locator('.import-summary')).toContainText('ikp-diseret.xlsx');
  await expect(dialog.locator('.import-summary')).toContainText('2 akan disimpan');
});
