import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportFieldsInput } from '../../../../../shared/reports/report-schema';
import {
  draftEdited,
  reportFormOpened,
  reportFormSubmitted,
} from '../../../../../renderer/src/store/actions/report-form-actions';
import { fakeCore, resetStore, state } from '../../helpers/fake-core';

let created: ReportFieldsInput[] = [];

beforeEach(async () => {
  resetStore();
  created = [];
  fakeCore({
    'reports.create': ({ reports }) => {
      created.push(...reports);
      return { ids: [41] };
    },
    'reports.get': ({ id }) => ({ id, status: 'baru' }) as never,
    'reports.list': () => ({ total: 1, rows: [] }),
    'reports.duplicates': () => [],
    'reports.weekly': () => ({ weeks: [], series: [] }),
    'layers.list': () => [],
    'batches.list': () => [],
  });
  await reportFormOpened(null);
});

describe('report form actions', () => {
  it('keeps an incomplete report in the form with a Bahasa message per field, and stores nothing', async () => {
    draftEdited('uraian', 'Bentrok di posko');
    await reportFormSubmitted();
    expect(created).toEqual([]);
    expect(state().dialog).toBe('report-form');
    expect(state().reportForm?.errors).toMatchObject({
      kode: 'Pilih kabupaten/kota kejadian.',
      sumber: 'Sebutkan sumber informasi.',
    });
    expect(state().reportForm?.errors.uraian).toBeUndefined();
  });

  it('stores a complete report, closes the form and opens the new report', async () => {
    const fields = {
      kode: '35.27',
      jenis: 'G',
      aspek: 'politik',
      kategoriId: 'politik-uang',
      keparahan: '3',
      uraian: 'Amplop dibagikan',
      sumber: 'FKDM',
      keandalan: 'C',
      kredibilitas: '3',
      tanggal: '2024-11-20',
    } as const;
    for (const [field, value] of Object.entries(fields)) draftEdited(field as keyof typeof fields, value);
    await reportFormSubmitted();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ kode: '35.27', keparahan: 3, kredibilitas: 3, tahapanId: null });
    expect(state().dialog).toBeNull();
    expect(state().register.selectedId).toBe(41);
  });
});
