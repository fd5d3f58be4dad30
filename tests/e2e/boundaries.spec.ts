import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Picks a boundary file through the empty map's "Pilih berkas batas wilayah…" button and the file chooser. */
async function chooseBoundaryFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Pilih berkas batas wilayah…' }).click();
  await (await chooser).setFiles(path);
}

test('without boundaries the app says how to load them, and loading a file draws the map', async ({ page, shell }) => {
  // Start from a store with no kab/kota boundaries: import an empty level is refused, so remove them directly.
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(shell.dataDir, 'waspada.sqlite'));
  const banjar = db.prepare("SELECT geometry FROM boundaries WHERE kode = '63.03'").pluck().get() as string;
  db.prepare('DELETE FROM boundaries WHERE level = 2').run();
  db.close();

  await page.goto(shell.url);
  await expect(page.getByRole('heading', { name: 'Batas wilayah belum dimuat' })).toBeVisible();

  const bad = join(shell.dataDir, 'rusak.geojson');
  writeFileSync(bad, '{"type": "FeatureCollection", "features": [');
  await chooseBoundaryFile(page, bad);
  await expect(page.getByRole('alert').filter({ hasText: 'bukan berkas GeoJSON yang sah' })).toBeVisible();

  const good = join(shell.dataDir, 'banjar.geojson');
  writeFileSync(
    good,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { kode: '63.03' }, geometry: JSON.parse(banjar) }],
    }),
  );
  await chooseBoundaryFile(page, good);
  await expect(page.getByText('1 batas wilayah dimuat dari banjar.geojson')).toBeVisible();
  await expect(page.locator('body[data-map="coloured"]')).toBeAttached();
});
