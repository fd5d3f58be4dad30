// The computed report layers: listed with the stored layers, valued per kab/kota from the reports, following them.
import { describe, expect, it } from 'vitest';
import { rejectedApiError } from '../../../helpers/temp-core';
import { add, openReportsCore, report } from './report-harness';

describe('report layers', () => {
  it('are not listed before there is a report', async () => {
    const { call } = await openReportsCore();
    expect((await call('layers.list', {})).filter((l) => l.id.startsWith('laporan:'))).toEqual([]);
  });

  it('count reports per kab/kota in the window ending on the newest report, kecamatan reports included', async () => {
    const { call } = await openReportsCore();
    await add(
      call,
      report({ kode: '35.27.01' }),
      report({ kode: '35.27', tanggal: '2024-11-01' }),
      report({ kode: '32.04' }),
    );
    await add(call, report({ kode: '35.27', tanggal: '2024-10-01' }));
    const layer = (await call('layers.list', {})).find((l) => l.id === 'laporan:jumlah')!;
    expect(layer).toMatchObject({ level: 2, editionDate: '2024-11-20', visible: true, valueCount: 2 });
    expect(layer.name).toBe('Laporan ATHG — jumlah, 24 Oktober – 20 November 2024');
    const values = await call('layers.values', { layerId: 'laporan:jumlah' });
    expect(values).toHaveLength(514);
    expect(values.find((v) => v.kode === '35.27')?.value).toBe(2);
    expect(values.find((v) => v.kode === '63.03')?.value).toBe(0);
  });

  it('weigh by severity in the severity layer', async () => {
    const { call } = await openReportsCore();
    await add(call, report({ keparahan: 5 }), report({ keparahan: 2 }));
    const values = await call('layers.values', { layerId: 'laporan:keparahan' });
    expect(values.find((v) => v.kode === '35.27')?.value).toBe(7);
  });

  it('follow a deleted report and a changed window', async () => {
    const { call } = await openReportsCore();
    const [first] = await add(call, report(), report({ tanggal: '2024-09-01' }));
    await call('reports.delete', { id: first! });
    await call('reports.setLayerWindow', { days: 365, until: '2024-12-31' });
    const values = await call('layers.values', { layerId: 'laporan:jumlah' });
    expect(values.find((v) => v.kode === '35.27')?.value).toBe(1);
  });

  it('can be hidden but not deleted', async () => {
    const { call } = await openReportsCore();
    await add(call, report());
    expect(await call('layers.setVisible', { layerId: 'laporan:jumlah', visible: false })).toMatchObject({
      visible: false,
    });
    const error = await rejectedApiError(call('layers.delete', { layerId: 'laporan:jumlah' }));
    expect(error.message).toMatch(/tidak dapat dihapus; atur jendelanya .*sembunyikan/);
  });
});
