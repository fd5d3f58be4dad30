import { describe, expect, it } from 'vitest';
import { rejectedApiError, sqlOf } from '../../../helpers/temp-core';
import { add, openReportsCore, report } from './report-harness';

describe('reports.create', () => {
  it('stores the whole laporan informasi with its kab/kota, province, stage from the date and entry time', async () => {
    const { call } = await openReportsCore();
    const [id] = await add(call, report({ kode: '35.27.01', waktu: '21.30', lokasi: 'Desa Tambaan' }));
    const stored = await call('reports.get', { id: id! });
    expect(stored).toMatchObject({
      id,
      tanggal: '2024-11-20',
      waktu: '21:30',
      kode: '35.27.01',
      kabkota: '35.27',
      provinsi: '35',
      lokasi: 'Desa Tambaan',
      tahapanId: 'kampanye',
      tahapanManual: false,
      status: 'baru',
      keandalan: 'B',
      kredibilitas: 2,
      batchId: null,
    });
    expect(stored.dibuatPada).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('stores a week-precision date as the Monday of that week', async () => {
    const { call } = await openReportsCore();
    const [id] = await add(call, report({ tanggal: '2024-11-21', presisi: 'minggu' }));
    expect((await call('reports.get', { id: id! })).tanggal).toBe('2024-11-18');
  });

  it('refuses an unknown category and writes nothing', async () => {
    const { core, call } = await openReportsCore();
    const error = await rejectedApiError(call('reports.create', { reports: [report(), report({ kategoriId: 'x' })] }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/Kategori "x" tidak ada/);
    expect(sqlOf(core).prepare('SELECT count(*) FROM reports').pluck().get()).toBe(0);
  });

  it('records each new report in the audit trail', async () => {
    const { call } = await openReportsCore();
    const [id] = await add(call, report());
    const [entry] = await call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'report.created', subject: String(id) });
    expect(entry!.summary).toBe(`Laporan baru dicatat: laporan ${id} (Kabupaten Sampang, 20 November 2024).`);
  });
});

describe('reports.update', () => {
  it('saves the changes and records old and new values in the audit trail', async () => {
    const { call } = await openReportsCore();
    const [id] = await add(call, report());
    const updated = await call('reports.update', { id: id!, report: report({ keparahan: 5, status: 'diverifikasi' }) });
    expect(updated).toMatchObject({ keparahan: 5, status: 'diverifikasi' });
    expect(updated.diubahPada).not.toBeNull();
    const [entry] = await call('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'report.edited', subject: String(id) });
    expect(entry!.details).toMatchObject({ changes: { keparahan: { dari: 3, menjadi: 5 } } });
  });

  it('refuses a status that skips a step, in Bahasa, and leaves the report as it was', async () => {
    const { call } = await openReportsCore();
    const [id] = await add(call, report());
    const error = await rejectedApiError(call('reports.update', { id: id!, report: report({ status: 'selesai' }) }));
    expect(error.message).toMatch(/^Status tidak dapat diubah dari "Baru" ke "Selesai"/);
    expect((await call('reports.get', { id: id! })).status).toBe('baru');
  });

  it('keeps a stage chosen by hand when the date would say otherwise', async () => {
    const { call } = await openReportsCore();
    const [id] = await add(call, report());
    const updated = await call('reports.update', { id: id!, report: report({ tahapanId: 'masa-tenang' }) });
    expect(updated).toMatchObject({ tahapanId: 'masa-tenang', tahapanManual: true });
  });
});

describe('reports.delete and reports.restore', () => {
  it('takes a deleted report out of the register and puts it back on restore', async () => {
    const { call } = await openReportsCore();
    const [keep, gone] = await add(call, report(), report({ uraian: 'Spanduk dirusak' }));
    await call('reports.delete', { id: gone! });
    expect((await call('reports.list', {})).rows.map((r) => r.id)).toEqual([keep]);
    expect((await call('reports.list', { filter: { terhapus: true } })).rows.map((r) => r.id)).toEqual([gone]);
    await call('reports.restore', { id: gone! });
    expect((await call('reports.list', {})).total).toBe(2);
    const actions = (await call('audit.list', { limit: 2 })).map((e) => e.action);
    expect(actions).toEqual(['report.restored', 'report.deleted']);
  });
});

describe('reports.merge', () => {
  it('keeps one report with the chosen fields and deletes the other, restorably', async () => {
    const { call } = await openReportsCore();
    const [a, b] = await add(call, report(), report({ sumber: 'Polres Sampang', keandalan: 'A' }));
    const merged = await call('reports.merge', {
      keepId: a!,
      dropId: b!,
      report: report({ sumber: 'Polres Sampang' }),
    });
    expect(merged).toMatchObject({ id: a, sumber: 'Polres Sampang' });
    expect((await call('reports.get', { id: b! })).dihapusPada).not.toBeNull();
    expect((await call('audit.list', { limit: 1 }))[0]).toMatchObject({ action: 'report.merged', subject: String(a) });
  });
});

describe('reports.duplicates', () => {
  it('flags the stored report of the same incident for a new draft', async () => {
    const { call } = await openReportsCore();
    const [id] = await add(call, report());
    const matches = await call('reports.duplicates', {
      report: {
        tanggal: '2024-11-21',
        kode: '35.27',
        kategoriId: 'konflik-antarpendukung',
        uraian: 'Massa pendukung dua paslon bentrok di depan posko',
      },
    });
    expect(matches.map((m) => m.report.id)).toEqual([id]);
  });
});
