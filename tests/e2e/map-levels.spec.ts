// Hover and click answer at the level the map is coloured by: kab/kota, or provinces for a province layer.
import { importLayer } from './api';
import { expect, test } from './fixtures';

/** An IKP provinsi table as Bawaslu publishes it (province thresholds 21,7 and 68,5). */
const IKP_PROVINSI = 'Provinsi;Skor IKP\nKalimantan Selatan;30,5\nJawa Barat;70,1\nAceh;12\n';

test('kab/kota level: hovering a kab/kota shows its name, code, value and class; clicking opens its panel', async ({
  mapPage,
}) => {
  await mapPage.open();
  await mapPage.hover('63.03');
  await expect(mapPage.tooltip).toContainText('Kabupaten Banjar');
  await expect(mapPage.tooltip).toContainText('Kode 63.03');
  await expect(mapPage.tooltip).toContainText(/Nilai \d+(,\d+)? \(fiktif\) · Kelas [1-5]/);
  await mapPage.click('63.03');
  await expect(mapPage.regionPanel.getByRole('heading', { name: 'Kabupaten Banjar' })).toBeVisible();
});

test('province level: on an IKP provinsi layer, hovering a province shows its value, clicking opens its panel', async ({
  mapPage,
  page,
  shell,
}) => {
  await importLayer(shell, 'ikp-provinsi.csv', new TextEncoder().encode(IKP_PROVINSI), {
    presetId: 'ikp-2024',
    level: 1,
    layerName: 'IKP Provinsi 2024',
  });
  await mapPage.open();
  await mapPage.layerPanel.getByRole('radio', { name: 'IKP Provinsi 2024' }).check();
  await expect(mapPage.legend).toContainText('IKP Provinsi 2024');
  await expect.poll(() => mapPage.classOf('63')).toBe(1);

  await mapPage.hover('63');
  await expect(mapPage.tooltip).toContainText('Kalimantan Selatan');
  await expect(mapPage.tooltip).toContainText('Kode 63');
  await expect(mapPage.tooltip).toContainText('Nilai 30,5 · Sedang');
  expect(await page.evaluate(() => window.__waspada!.map.getFeatureState({ source: 'provinsi', id: '63' }).hover)).toBe(
    true,
  );

  await mapPage.click('63');
  await expect(mapPage.regionPanel.getByRole('heading', { name: 'Kalimantan Selatan' })).toBeVisible();
  await expect(mapPage.regionPanel).toContainText('Provinsi · 63');
  await expect(mapPage.regionPanel).toContainText('IKP Provinsi 2024');
});
