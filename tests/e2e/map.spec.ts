import { BOUNDARY_FIXTURE, expect, test } from './fixtures';

test('opens on a coloured choropleth of 514 kab/kota with legend and province outlines', async ({ mapPage, page }) => {
  await mapPage.open();
  await expect(mapPage.legend).toContainText('Data contoh — fiktif');
  // The demo has its own quintiles, never the cuts of a real product.
  await expect(mapPage.legend).toContainText('Kelas 5');
  await expect(mapPage.legend).not.toContainText('49,33');
  const rendered = await page.evaluate(async () => {
    const map = window.__waspada!.map;
    const source = map.getSource('kabkota') as unknown as { getData(): Promise<{ features: { id: string }[] }> };
    const features = (await source.getData()).features;
    const coloured = features.filter((f) => (map.getFeatureState({ source: 'kabkota', id: f.id }).cls as number) >= 0);
    const provinces = (
      await (map.getSource('provinsi') as unknown as { getData(): Promise<{ features: unknown[] }> }).getData()
    ).features;
    return {
      kabkota: features.length,
      coloured: coloured.length,
      provinces: provinces.length,
      outlines: map.getLayer('provinsi-line')?.type,
    };
  });
  expect(rendered).toEqual({ kabkota: 514, coloured: 514, provinces: 38, outlines: 'line' });
  // Kabupaten Banjar is coloured by its class, not left as "no data".
  expect(await mapPage.classOf('63.03')).toBeGreaterThanOrEqual(0);
});

test('clicking a region opens its panel; Escape closes it', async ({ mapPage, page }) => {
  await mapPage.open();
  await mapPage.click('63.03');
  await expect(mapPage.regionPanel.getByRole('heading', { name: 'Kabupaten Banjar' })).toBeVisible();
  await expect(mapPage.regionPanel).toContainText('Provinsi: Kalimantan Selatan');
  await expect(mapPage.regionPanel).toContainText('Data contoh — fiktif');
  await page.keyboard.press('Escape');
  await expect(mapPage.regionPanel).toBeHidden();
});

test('searching "banjar" offers Kabupaten Banjar and Kota Banjar with their provinces; Enter opens one', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  await mapPage.search.fill('banjar');
  await expect(mapPage.results.first()).toBeVisible();
  await expect(mapPage.results.filter({ hasText: '63.03 ·' })).toContainText('Kabupaten Banjar');
  await expect(mapPage.results.filter({ hasText: '63.03 ·' })).toContainText('Kalimantan Selatan');
  await expect(mapPage.results.filter({ hasText: '32.79 ·' })).toContainText('Kota Banjar');
  await expect(mapPage.results.filter({ hasText: '32.79 ·' })).toContainText('Jawa Barat');
  await mapPage.search.press('ArrowDown');
  const chosen = await page.getByRole('option', { selected: true }).locator('.hit-name').innerText();
  await mapPage.search.press('Enter');
  await expect(mapPage.regionPanel.getByRole('heading', { name: chosen })).toBeVisible();
});

test('while the layers load the layer panel says so, not that every layer is hidden', async ({ mapPage, page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/layers.values', async (route) => {
    await held;
    await route.continue();
  });
  await mapPage.open({ waitForMap: false });
  await expect(mapPage.layerPanel).toContainText('Memuat lapisan…');
  await expect(page.getByText('Semua lapisan disembunyikan')).toHaveCount(0);
  release();
  await expect(mapPage.legend).toContainText('Data contoh — fiktif');
  await expect(mapPage.layerPanel).not.toContainText('Memuat lapisan…');
});

test('the map’s own controls speak Bahasa Indonesia', async ({ mapPage, page }) => {
  await mapPage.open();
  await expect(page.getByRole('button', { name: 'Perbesar' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Perkecil' })).toBeVisible();
  await expect(page.getByRole('button', { name: /zoom/i })).toHaveCount(0);
});

test('hiding the demo layer leaves the map uncoloured, and it can be shown again', async ({ mapPage, page }) => {
  await mapPage.open();
  await page.getByRole('button', { name: 'Sembunyikan Data contoh — fiktif' }).click();
  await expect(page.getByText('Semua lapisan disembunyikan')).toBeVisible();
  await expect.poll(() => mapPage.classOf('63.03')).toBe(-1);
  await page.getByRole('button', { name: 'Tampilkan Data contoh — fiktif' }).click();
  await expect(mapPage.legend).toBeVisible();
});

test('makes no request outside its own origin', async ({ mapPage, page }) => {
  await mapPage.open();
  await mapPage.hover('32.79');
  const origin = new URL(page.url()).origin;
  const foreign = mapPage.requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
});

test('the About screen shows the boundary MIT notice and the idn-area-data ODbL credit', async ({ mapPage, page }) => {
  await mapPage.open();
  await page.getByRole('button', { name: 'Tentang & sumber data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tentang Waspada' });
  await expect(dialog).toContainText('514 kab/kota');
  await expect(dialog).toContainText('MIT');
  await expect(dialog).toContainText('ODbL');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the About screen says where the boundaries came from, synthetic ones included', async ({ mapPage, page }) => {
  await mapPage.open();
  await page.getByRole('button', { name: 'Tentang & sumber data' }).click();
  const source = page.getByRole('dialog', { name: 'Tentang Waspada' }).locator('dt:text-is("Sumber batas") + dd');
  await expect(source).toHaveText(
    BOUNDARY_FIXTURE ? 'batas contoh sintetis — bukan peta sungguhan' : 'paket batas wilayah',
  );
});

test('Enter typed straight after the name opens the best match', async ({ mapPage }) => {
  await mapPage.open();
  await mapPage.search.fill('jawa barat');
  await mapPage.search.press('Enter');
  await expect(mapPage.regionPanel.getByRole('heading', { name: 'Jawa Barat' })).toBeVisible();
});

test('without ?test-hooks the app loads no test hooks', async ({ page, shell }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(shell.url);
  await expect(page.locator('body[data-map="coloured"]')).toBeAttached({ timeout: 30_000 });
  expect(await page.evaluate(() => window.__waspada)).toBeUndefined();
  expect(requested.filter((url) => url.includes('test-hooks'))).toEqual([]);
});
