// The report register, timeline and alerts in the real renderer against the real core (issue 10).
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { RegisterPage } from './pages/register-page';

// Each test walks a whole task (a form filled field by field, thousands of reports seeded): on two busy cores that
// can outlast the default minute, so these get three.
test.slow();

/** A complete report, as `reports add` takes it. */
function report(overrides: Record<string, unknown> = {}) {
  return {
    tanggal: '2024-11-20',
    kode: '63.03',
    jenis: 'G',
    aspek: 'politik',
    kategoriId: 'konflik-antarpendukung',
    keparahan: 3,
    uraian: 'Bentrok pendukung di posko',
    sumber: 'FKDM',
    keandalan: 'B',
    kredibilitas: 2,
    ...overrides,
  };
}

test('a report entered in the form is refused with Bahasa messages until complete, then found by search', async ({
  mapPage,
  page,
}) => {
  const register = new RegisterPage(page);
  await mapPage.open();
  await register.open();
  await expect(register.view.getByText('Belum ada laporan.')).toBeVisible();
  await expect(register.view.getByRole('button', { name: 'Ekspor Excel…' })).toBeDisabled();
  await register.view.getByRole('button', { name: 'Laporan baru…' }).first().click();
  await register.form.getByRole('button', { name: 'Simpan' }).click();
  await expect(register.form.getByText('Tulis apa yang terjadi.')).toBeVisible();
  await expect(register.form.getByText('Pilih kabupaten/kota kejadian.')).toBeVisible();
  await expect(register.form.getByRole('alert')).toContainText('laporan belum disimpan');

  await register.form.getByLabel('Sumber informasi').fill('FKDM Kecamatan Martapura');
  await register.form.getByLabel('Keandalan sumber').selectOption('B');
  await register.form.getByLabel('Kebenaran informasi').selectOption('2');
  await register.form.getByLabel('Apa yang terjadi').fill('Baliho paslon dirusak');
  await register.form.getByLabel(/Bilamana/).fill('20/11/2024');
  await expect(register.form.getByText('20 November 2024')).toBeVisible();
  await register.pickRegion(/Di mana/, 'kab banjar');
  await register.form.getByLabel(/Bagaimana/).fill('Kronologi: baliho dirobohkan di depan kafé pada malam hari.');
  await register.form.getByRole('radio', { name: 'Gangguan' }).check();
  await register.form.getByLabel('Aspek').selectOption('politik');
  await register.form.getByLabel('Kategori').selectOption('konflik-antarpendukung');
  await register.form.getByRole('radio', { name: '3' }).check();
  await register.form.getByRole('button', { name: 'Simpan' }).click();
  await expect(register.form).toBeHidden();
  await expect(register.panel.getByRole('heading', { name: 'Baliho paslon dirusak' })).toBeVisible();
  await expect(register.panel).toContainText('Kabupaten Banjar (63.03)');
  await expect(register.panel).toContainText('Kampanye (menurut tanggal)');

  // A word of the chronology, without its diacritic and by its start.
  await register.search.fill('kafe dirobo');
  await expect(register.filterWords).toContainText('memuat “kafe dirobo” · 1 laporan');
  await register.search.fill('spanduk');
  await expect(register.view.getByText('Tidak ada laporan yang cocok dengan saringan ini.')).toBeVisible();
});

test('deleting a report can be undone from the bar above the table', async ({ mapPage, page, shell }) => {
  await callApi(shell, 'reports.create', { reports: [report(), report({ uraian: 'Spanduk dirobek' })] });
  const register = new RegisterPage(page);
  await mapPage.open();
  await register.open();
  await register.rows.filter({ hasText: 'Spanduk dirobek' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await register.panel.getByRole('button', { name: 'Hapus' }).click();
  await expect(register.filterWords).toContainText('1 laporan');
  await page.getByRole('status').getByRole('button', { name: 'Urungkan' }).click();
  await expect(register.filterWords).toContainText('2 laporan');
});

test('the register draws only the rows in view of 5,000 reports and says its filter in words', async ({
  mapPage,
  page,
  shell,
}) => {
  for (let batch = 0; batch < 5; batch++) {
    const reports = Array.from({ length: 1000 }, (_, i) =>
      report({ uraian: `Laporan ${batch * 1000 + i}`, jenis: i % 2 ? 'A' : 'G', kode: i % 3 ? '63.03' : '32.04' }),
    );
    await callApi(shell, 'reports.create', { reports });
  }
  const register = new RegisterPage(page);
  await mapPage.open();
  await register.open();
  await expect(register.filterWords).toHaveText('Semua laporan · 5.000 laporan');
  expect((await register.drawnIds()).length).toBeLessThan(80);
  await register.table.locator('.register-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(register.rows.filter({ hasText: 'Laporan 0' }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ancaman' }).check();
  await expect(register.filterWords).toHaveText('Laporan Ancaman · 2.500 laporan');
  // The register as filtered, every field, saved as a workbook (a download in the browser shell).
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    register.view.getByRole('button', { name: 'Ekspor Excel…' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Register laporan ATHG \d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = XLSX.read(readFileSync((await download.path())!));
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Register laporan']!);
  expect([rows.length, new Set(rows.map((row) => row['Jenis ATHG']))]).toEqual([2500, new Set(['Ancaman'])]);
  await expect(page.getByRole('status').filter({ hasText: 'disimpan' })).toBeVisible();
});

test('the timeline counts down to the vote, draws reports per week and takes an edited schedule', async ({
  mapPage,
  page,
  shell,
}) => {
  await callApi(shell, 'reports.create', { reports: [report(), report({ tanggal: '2024-10-01' })] });
  await mapPage.open();
  await page.locator('.topbar').getByRole('button', { name: 'Register laporan' }).click();
  await page.getByRole('navigation', { name: 'Layar laporan' }).getByRole('button', { name: 'Linimasa' }).click();
  await expect(page.locator('.countdown')).toContainText('27 November 2024');
  await expect(page.getByRole('img', { name: /Laporan per minggu menurut kategori: 2 laporan/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ubah jadwal…' }).click();
  await page.getByLabel('Nama tahapan 9').fill('Kampanye (diperpanjang)');
  await page.getByRole('button', { name: 'Simpan jadwal' }).click();
  await expect(page.locator('.stage-table')).toContainText('Kampanye (diperpanjang)');
});

test('an alert is listed with its numbers, outlined on the map, explained in its region and acknowledged', async ({
  mapPage,
  page,
  shell,
}) => {
  const weeks = [7, 14, 21, 28].flatMap((days) =>
    [0, 1].map(() => report({ tanggal: new Date(Date.UTC(2024, 10, 20 - days)).toISOString().slice(0, 10) })),
  );
  const spike = Array.from({ length: 9 }, (_, i) => report({ uraian: `Lonjakan ${i}` }));
  await callApi(shell, 'reports.create', { reports: [...weeks, ...spike] });
  await mapPage.open();
  const alerts = page.getByRole('complementary', { name: 'Peringatan dini' });
  await alerts.getByRole('button', { name: /^Peringatan dini/ }).click();
  await alerts.getByLabel('Per tanggal').fill('20/11/2024');
  const item = alerts.locator('.alert-list li').first();
  await expect(item).toContainText('Kabupaten Banjar');
  await expect(item).toContainText('9 · +350 %');
  expect(
    await page.evaluate(() => window.__waspada!.map.getFeatureState({ source: 'kabkota', id: '63.03' }).alert),
  ).toBe(1);

  await item.getByRole('button', { name: 'Kabupaten Banjar' }).click();
  const explained = mapPage.regionPanel.locator('.region-alert');
  await expect(explained).toContainText('rata-rata 4 periode sebelumnya 2');
  await expect(explained).toContainText('naik ≥ 100 % dari rata-rata 4 periode 7 hari sebelumnya');
  await expect(
    mapPage.regionPanel.getByRole('img', { name: /Laporan per minggu menurut kategori: 17 laporan/ }),
  ).toBeVisible();
  await explained.getByLabel('Tanggapi dengan catatan').fill('Sudah dikoordinasikan dengan Polres');
  await explained.getByRole('button', { name: 'Tanggapi' }).click();
  await expect(explained).toContainText('“Sudah dikoordinasikan dengan Polres”');
  await expect
    .poll(() => page.evaluate(() => window.__waspada!.map.getFeatureState({ source: 'kabkota', id: '63.03' }).alert))
    .toBe(2);
});

test('reports colour the map as a report layer, like any layer', async ({ mapPage, shell }) => {
  await callApi(shell, 'reports.create', { reports: [report(), report(), report({ kode: '32.04' })] });
  await mapPage.open();
  // The radio follows the store (checked once the layer's values arrive), so click and wait rather than check().
  const radio = mapPage.layerPanel.getByRole('radio', { name: /Laporan ATHG — jumlah,/ });
  await radio.click();
  await expect(radio).toBeChecked();
  await expect(mapPage.legend).toContainText('Tidak ada laporan');
  await expect.poll(() => mapPage.classOf('63.03')).toBeGreaterThan(0);
  expect(await mapPage.classOf('11.01')).toBe(0);
  await expect(mapPage.layerPanel.getByRole('button', { name: /Hapus Laporan ATHG/ })).toHaveCount(0);
});
