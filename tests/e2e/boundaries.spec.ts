import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

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
  await page.locator('input[type=file]').first().setInputFiles(bad);
  await expect(page.getByRole('alert').filter({ hasText: 'bukan berkas GeoJSON yang sah' })).toBeVisible();

  const good = join(shell.dataDir, 'banjar.geojson');
  writeFileSync(
    good,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { kode: '63.03' }, geometry: JSON.parse(banjar) }],
    }),
  );
  await page.locator('input[type=file]').first().setInputFiles(good);
  await expect(page.getByText('1 batas wilayah dimuat dari banjar.geojson')).toBeVisible();
  await expect(page.locator('body[data-map="coloured"]')).toBeAttached();
});
