// The stage timeline and the category taxonomy: editable, recorded, and reports follow a new schedule.
import { describe, expect, it } from 'vitest';
import { rejectedApiError } from '../../../helpers/temp-core';
import { add, openReportsCore, report } from './report-harness';

describe('timeline', () => {
  it('starts as the PKPU 2/2024 schedule with the vote on 27 November 2024', async () => {
    const { call } = await openReportsCore();
    const timeline = await call('timeline.get', {});
    expect(timeline.nama).toBe('Pilkada Serentak 2024 (PKPU 2 Tahun 2024)');
    expect(timeline.stages).toHaveLength(12);
    expect(timeline.stages.find((s) => s.pemungutan)).toMatchObject({ mulai: '2024-11-27', nama: 'Pemungutan suara' });
  });

  it('re-tags reports that follow their date when the schedule changes, and keeps a stage set by hand', async () => {
    const { call } = await openReportsCore();
    const [byDate, byHand] = await add(call, report(), report({ tahapanId: 'masa-tenang' }));
    await call('timeline.save', {
      nama: 'Pilkada 2029 (contoh)',
      stages: [{ id: 'kampanye-2029', nama: 'Kampanye', mulai: '2024-11-01', selesai: '2024-11-30' }],
    });
    expect((await call('reports.get', { id: byDate! })).tahapanId).toBe('kampanye-2029');
    expect((await call('reports.get', { id: byHand! })).tahapanId).toBe('masa-tenang');
    expect((await call('audit.list', { limit: 1 }))[0]!.action).toBe('timeline.saved');
  });

  it('refuses a stage that ends before it starts and keeps the old schedule', async () => {
    const { call } = await openReportsCore();
    const error = await rejectedApiError(
      call('timeline.save', {
        nama: 'X',
        stages: [{ id: 'a', nama: 'A', mulai: '2024-11-02', selesai: '2024-11-01' }],
      }),
    );
    expect(error.message).toBe('Tahapan 1 (A): tanggal selesai sebelum tanggal mulai.');
    expect((await call('timeline.get', {})).stages).toHaveLength(12);
  });
});

describe('categories', () => {
  it('are seeded with the dynamics before a Pilkada, and can be renamed and added to', async () => {
    const { call } = await openReportsCore();
    const seeded = await call('reports.categories', {});
    expect(seeded.map((c) => c.nama)).toContain('SARA dan ujaran kebencian di ruang digital');
    const edited = await call('reports.saveCategories', {
      categories: [
        ...seeded.map((c) => ({ id: c.id, nama: c.id === 'lainnya' ? 'Lain-lain' : c.nama })),
        { nama: 'Kampanye hitam' },
      ],
    });
    expect(edited.find((c) => c.id === 'lainnya')?.nama).toBe('Lain-lain');
    expect(edited.at(-1)).toMatchObject({ id: 'kampanye-hitam', aktif: true });
  });

  it('shows a report under the new name of its category', async () => {
    const { call } = await openReportsCore();
    await add(call, report({ kategoriId: 'lainnya' }));
    const seeded = await call('reports.categories', {});
    await call('reports.saveCategories', {
      categories: seeded.map((c) => ({ id: c.id, nama: c.id === 'lainnya' ? 'Lain-lain' : c.nama })),
    });
    expect((await call('reports.list', {})).rows[0]!.kategori).toBe('Lain-lain');
  });
});
