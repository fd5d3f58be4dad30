// Alerts computed over a real store: reports per kab/kota per window, the rule applied, the reports behind each.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../shared/reports/report-dates';
import { add, openReportsCore, report, type Call } from './report-harness';

const AS_OF = '2024-11-20';

/** `count` reports in a kab/kota on one date. */
async function reportsOn(call: Call, kode: string, tanggal: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  return add(
    call,
    ...Array.from({ length: count }, (_, i) => report({ kode, tanggal, uraian: `Kejadian ${kode} ${i}` })),
  );
}

/** Two reports a week in four kab/kota for the five weeks up to AS_OF, and a spike of 9 in Kota Semarang. */
async function seriesWithSpike(call: Call): Promise<number[]> {
  for (const kode of ['35.27', '32.04', '33.74', '63.03']) {
    for (let week = 1; week <= 4; week++) await reportsOn(call, kode, addDays(AS_OF, -7 * week), 2);
  }
  for (const kode of ['35.27', '32.04', '63.03']) await reportsOn(call, kode, AS_OF, 2);
  return reportsOn(call, '33.74', addDays(AS_OF, -1), 9);
}

describe('alerts.list over the store', () => {
  it('raises exactly the alert of the region with the spike, with its numbers and reports', async () => {
    const { call } = await openReportsCore();
    const spike = await seriesWithSpike(call);
    const { alerts } = await call('alerts.list', { asOf: AS_OF });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kode: '33.74',
      nama: 'Kota Semarang',
      provinsi: 'Jawa Tengah',
      window: { from: '2024-11-14', to: '2024-11-20' },
      count: 9,
      baseline: 2,
      change: 350,
      rules: ['baseline'],
      reportIds: spike,
      acknowledged: null,
    });
  });

  it('raises none for a region going from 0 to 1 report', async () => {
    const { call } = await openReportsCore();
    await reportsOn(call, '35.27', AS_OF, 1);
    expect((await call('alerts.list', { asOf: AS_OF })).alerts).toEqual([]);
  });

  it('states the rule it applied, with the parameters passed for this run', async () => {
    const { call } = await openReportsCore();
    await seriesWithSpike(call);
    const { alerts, rules } = await call('alerts.list', { asOf: AS_OF, minCount: 10 });
    expect(rules.minCount).toBe(10);
    expect(alerts).toEqual([]);
    const again = await call('alerts.list', { asOf: AS_OF, baselineWeeks: 2 });
    expect(again.alerts[0]!.rule).toBe(
      'sedikitnya 3 laporan dalam 7 hari terakhir dan naik ≥ 100 % dari rata-rata 2 periode 7 hari sebelumnya',
    );
  });

  it('uses the stored rules, and leaves a deleted report out of the counts', async () => {
    const { call } = await openReportsCore();
    const spike = await seriesWithSpike(call);
    const rules = await call('alerts.rules', {});
    await call('alerts.saveRules', { rules: { ...rules, baseline: { ...rules.baseline, minRisePercent: 400 } } });
    expect((await call('alerts.list', { asOf: AS_OF })).alerts).toEqual([]);
    await call('alerts.saveRules', { rules });
    for (const id of spike.slice(0, 7)) await call('reports.delete', { id });
    expect((await call('alerts.list', { asOf: AS_OF })).alerts).toEqual([]);
  });

  it('compares with the same week a year earlier only when the store goes back that far', async () => {
    const { call } = await openReportsCore();
    for (let week = 0; week <= 4; week++) await reportsOn(call, '35.27', addDays(AS_OF, -7 * week), 4);
    const before = await call('alerts.list', { asOf: AS_OF });
    expect(before.lastYearCovered).toBe(false);
    expect(before.alerts).toEqual([]);
    await reportsOn(call, '35.27', addDays(AS_OF, -364), 1);
    const after = await call('alerts.list', { asOf: AS_OF });
    expect(after.lastYearCovered).toBe(true);
    expect(after.alerts[0]).toMatchObject({ kode: '35.27', rules: ['lastYear'], lastYear: { count: 1, change: 300 } });
  });

  it('keeps an acknowledgement with its note on the alert of that window', async () => {
    const { call } = await openReportsCore();
    await seriesWithSpike(call);
    await call('alerts.acknowledge', {
      kode: '33.74',
      from: '2024-11-14',
      to: '2024-11-20',
      catatan: 'Sudah dikoordinasikan dengan Polrestabes',
    });
    const [alert] = (await call('alerts.list', { asOf: AS_OF })).alerts;
    expect(alert!.acknowledged).toMatchObject({ catatan: 'Sudah dikoordinasikan dengan Polrestabes' });
    expect((await call('audit.list', { limit: 1 }))[0]!.action).toBe('alert.acknowledged');
  });
});
