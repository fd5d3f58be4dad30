// Layers an analyst can explain at an FGD: editions recognised on import, classes and their editor, province focus,
// kecamatan drill-down, comparison, ranking, presentation mode, and the map kept between launches.
import { callApi, importLayer } from './api';
import { expect, test } from './fixtures';
import { importIkpTable, LayerTools } from './pages/layers-page';

/** A spread of scores over 0–100 (two decimals), different per region. */
const spread = (i: number) => Math.round(((i * 7919) % 10000) / 100) / 1;

test('an IKP table named as such is drawn with IKP 2024’s cuts, published categories winning', async ({
  mapPage,
  shell,
}) => {
  // Kabupaten Banjar scores 20 (sedang by the cuts) but was published "Tinggi".
  await importIkpTable(
    shell,
    'IKP uji',
    (i) => (i === 0 ? 20 : spread(i)),
    (kode) => (kode === '63.03' ? 'Tinggi' : ''),
  );
  await callApi(shell, 'layers.update', { layerId: (await firstLayerId(shell)) ?? '' });
  await mapPage.open();
  await expect(mapPage.legend).toContainText('IKP uji');
  await expect(mapPage.legend).toContainText('13,47 – < 49,33');
  await expect(mapPage.legend).toContainText('Kelas: ambang resmi edisi');
  // The demo stepped aside: the real layer colours the map, the demo is listed but hidden.
  await expect(mapPage.layerPanel.getByRole('button', { name: 'Tampilkan Data contoh — fiktif' })).toBeVisible();
  await expect.poll(() => mapPage.classOf('63.03')).toBe(2);
});

async function firstLayerId(shell: Parameters<typeof callApi>[0]): Promise<string | undefined> {
  const layers = await callApi<{ id: string; isDemo: boolean }[]>(shell, 'layers.list', {});
  return layers.find((l) => !l.isDemo)?.id;
}

test('the classification editor shows a histogram with its cuts, and saving Jenks recolours the map', async ({
  mapPage,
  page,
  shell,
}) => {
  await importIkpTable(shell, 'IKP uji', spread);
  await mapPage.open();
  const tools = new LayerTools(page);
  await tools.openClasses('IKP uji');
  await tools.classEditor.getByLabel('Cara').selectOption('jenks');
  await tools.classEditor.getByLabel('Jumlah kelas').fill('5');
  await expect(tools.classEditor.locator('svg.histogram text.cut')).toHaveCount(4);
  await expect(tools.classEditor.getByRole('list', { name: 'Pratinjau legenda' })).toContainText('Kelas 5');
  await tools.classEditor.getByRole('button', { name: 'Simpan klasifikasi' }).click();
  await expect(mapPage.legend).toContainText('jeda alami');
  await expect.poll(() => mapPage.classOf('63.03')).toBeGreaterThanOrEqual(0);
  const shown = await callApi<{ layer: { classing: { method: string; classes: number } } }>(shell, 'layers.show', {
    layerId: (await firstLayerId(shell))!,
  });
  expect(shown.layer.classing).toMatchObject({ method: 'jenks', classes: 5 });
});

test('province focus fades the neighbours and keeps every kab/kota clear of the region panel', async ({
  mapPage,
  page,
}) => {
  await mapPage.open();
  const tools = new LayerTools(page);
  await tools.focus.selectOption({ label: 'Jawa Barat' });
  await mapPage.settled();
  await mapPage.click('32.09');
  await expect(mapPage.regionPanel).toBeVisible();
  await page.waitForTimeout(700);
  await mapPage.settled();
  const faded = (kode: string) =>
    page.evaluate((k) => window.__waspada!.map.getFeatureState({ source: 'kabkota', id: k }).faded, kode);
  expect(await faded('33.01')).toBe(true);
  expect(await faded('32.09')).toBe(false);
  const panel = (await mapPage.regionPanel.boundingBox())!;
  const layers = (await mapPage.layerPanel.boundingBox())!;
  for (const kode of ['32.09', '32.74', '32.08', '32.01', '32.16']) {
    const point = await mapPage.pointOf(kode);
    expect(point.x, kode).toBeLessThan(panel.x);
    expect(point.x, kode).toBeGreaterThan(layers.x + layers.width);
  }
});

test('drilling into a kab/kota draws its kecamatan, coloured by a kecamatan layer', async ({
  mapPage,
  page,
  shell,
}) => {
  const kecamatan = await callApi<{ kode: string; induk: string }[]>(shell, 'regions.list', { level: 3 });
  const mine = kecamatan.filter((k) => k.induk === '32.09');
  const csv = ['Kode Wilayah;Skor', ...mine.map((k, i) => `${k.kode};${10 + i}`)].join('\n');
  await importLayer(shell, 'kecamatan.csv', new TextEncoder().encode(csv), { layerName: 'Kerawanan kecamatan' });
  await mapPage.open();
  await mapPage.chooseLayer('Kerawanan kecamatan');
  await expect(mapPage.layerPanel).toContainText('pilih satu kab/kota di peta');
  // At national zoom Kota Cirebon's dot sits on Kabupaten Cirebon's label point: zoom to the province first.
  await new LayerTools(page).focus.selectOption({ label: 'Jawa Barat' });
  await mapPage.settled();
  await mapPage.click('32.09');
  await mapPage.regionPanel.getByRole('button', { name: 'Lihat kecamatan' }).click();
  await expect(page.getByText('Kecamatan di Kabupaten Cirebon')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(
        (code) => window.__waspada!.map.getFeatureState({ source: 'kecamatan', id: code }).cls as number,
        mine[0]!.kode,
      ),
    )
    .toBeGreaterThanOrEqual(0);
});

test('the difference map states its "tetap" threshold and counts naik, turun and tetap', async ({
  mapPage,
  page,
  shell,
}) => {
  await importIkpTable(shell, 'IKP baru', (i) => spread(i));
  await importIkpTable(
    shell,
    'IKP lama',
    (i) => (i % 3 === 0 ? spread(i) : spread(i) - 5),
    () => '',
    {
      allowDuplicate: true,
    },
  );
  await mapPage.open();
  await mapPage.chooseLayer('IKP baru');
  const tools = new LayerTools(page);
  await tools.compareWith.selectOption({ label: 'IKP lama' });
  await expect(page.getByLabel('Berdampingan')).toBeChecked();
  await page.getByLabel('Peta selisih').click();
  await expect(page.getByLabel('Peta selisih')).toBeChecked();
  await expect(mapPage.legend).toContainText('Tetap (±1)');
  await expect(mapPage.legend).toContainText('“tetap” bila selisih paling banyak ±1 poin');
  await page.getByLabel('Ambang tetap (poin)').fill('6');
  await expect(mapPage.legend).toContainText('Tetap (±6)');
  await expect(page.getByRole('group', { name: 'Cara membandingkan' })).toContainText('tetap 514');
});

test('the ranking table lists every region and a row click opens it on the map', async ({ mapPage, page }) => {
  await mapPage.open();
  await page.getByRole('button', { name: 'Tabel peringkat…' }).click();
  const tools = new LayerTools(page);
  await expect(tools.ranking).toContainText('514 wilayah');
  const first = tools.ranking.getByRole('row').nth(1);
  const name = await first.locator('.name').innerText();
  await first.click();
  await expect(mapPage.regionPanel.getByRole('heading', { name })).toBeVisible();
  await tools.ranking.getByLabel('Provinsi').selectOption({ label: 'Kalimantan Selatan' });
  await expect(tools.ranking).toContainText('13 wilayah');
});

test('presentation mode folds the panels, puts the title on screen, and Escape returns', async ({ mapPage, page }) => {
  await mapPage.open();
  await page.getByRole('button', { name: 'Mode presentasi' }).click();
  await expect(mapPage.layerPanel).toBeHidden();
  await expect(page.locator('.presentation-title')).toContainText('Data contoh — fiktif');
  await expect(mapPage.legend).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(mapPage.layerPanel).toBeVisible();
});

test('the map comes back as it was left: layer and province focus after a relaunch', async ({
  mapPage,
  page,
  shell,
}) => {
  await importIkpTable(shell, 'IKP uji', spread);
  await mapPage.open();
  await new LayerTools(page).focus.selectOption({ label: 'Aceh' });
  await expect
    .poll(() => callApi<{ focusProvince: string | null } | null>(shell, 'view.load', {}).then((v) => v?.focusProvince))
    .toBe('11');
  await mapPage.open();
  await expect(new LayerTools(page).focus).toHaveValue('11');
  await expect(mapPage.legend).toContainText('IKP uji');
});
