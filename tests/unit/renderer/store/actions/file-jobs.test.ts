import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import type { JobState } from '../../../../../shared/jobs/job';
import { runFileJob } from '../../../../../renderer/src/store/actions/file-jobs';
import { useWaspada } from '../../../../../renderer/src/store/store';
import { fakeCore, fakeFiles, resetStore } from '../../helpers/fake-core';

const JOB = '11111111-1111-4111-8111-111111111111';
const FILE = { name: 'Lampiran.xlsx', mimeType: 'application/octet-stream', base64: btoa('isi') };

beforeEach(resetStore);

/** A core whose job reports each of `states` in turn, then stays on the last. */
function coreWithJob(states: JobState[], extra: Parameters<typeof fakeCore>[0] = {}): { cancelled: string[] } {
  const cancelled: string[] = [];
  let polls = 0;
  fakeCore({
    'jobs.status': () => states[Math.min(polls++, states.length - 1)]!,
    'jobs.result': () => ({ files: [FILE], messages: [] }),
    'jobs.cancel': ({ jobId }) => {
      cancelled.push(jobId);
      return { cancelled: true };
    },
    ...extra,
  });
  return { cancelled };
}

describe('runFileJob', () => {
  it('follows the job, then saves its files through the platform seam and says so', async () => {
    coreWithJob([
      { state: 'running', kind: 'annex', progress: { phase: 'Menulis', done: 1, total: 2 } },
      { state: 'done', kind: 'annex', progress: { phase: 'Selesai', done: 2, total: 2 } },
    ]);
    const files = fakeFiles();
    const result = await runFileJob('export', async () => ({ jobId: JOB }), { starting: 'Memulai', unit: 'baris' });
    expect(result?.files).toEqual([FILE]);
    expect(files.saved.map((f) => [f.name, new TextDecoder().decode(f.data as Uint8Array)])).toEqual([
      ['Lampiran.xlsx', 'isi'],
    ]);
    expect(useWaspada.getState().notices.map((n) => n.text)).toContain(
      'Lampiran.xlsx disimpan ke /home/analis/Dokumen/Lampiran.xlsx.',
    );
    expect(useWaspada.getState().jobs.export).toBeUndefined();
  });

  it('saves nothing when the job was cancelled', async () => {
    coreWithJob([{ state: 'cancelled', kind: 'annex' }]);
    const files = fakeFiles();
    expect(await runFileJob('export', async () => ({ jobId: JOB }), { starting: 'Memulai', unit: 'baris' })).toBe(null);
    expect(files.saved).toEqual([]);
  });

  it('rejects with the core error of a failed job, so the caller shows it', async () => {
    coreWithJob([{ state: 'failed', kind: 'annex', error: { code: 'INTERNAL', message: 'gagal' } }], {
      'jobs.result': () => {
        throw new ApiError('INTERNAL', 'Pekerjaan ini gagal; tidak ada yang disimpan.');
      },
    });
    fakeFiles();
    await expect(
      runFileJob('export', async () => ({ jobId: JOB }), { starting: 'Memulai', unit: 'baris' }),
    ).rejects.toThrow('tidak ada yang disimpan');
  });
});
