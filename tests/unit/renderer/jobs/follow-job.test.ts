import { describe, expect, it } from 'vitest';
import { followJob, jobText, type JobView } from '../../../../renderer/src/jobs/follow-job';

/** A job that reports `done` out of 3 on each poll and finishes after the third. */
function countingJob() {
  let done = 0;
  return {
    poll: async () => ++done,
    view: (d: number): JobView | null =>
      d < 3 ? { phase: 'Menyusun atlas', count: { done: d, total: 3, unit: 'halaman' } } : null,
  };
}

describe('following a job', () => {
  it('reports progress on every poll and resolves with the finished state', async () => {
    const seen: string[] = [];
    const job = countingJob();
    const signal = new AbortController().signal;
    const final = await followJob({ ...job, onProgress: (v) => seen.push(jobText(v)), intervalMs: 1, signal });
    expect(final).toBe(3);
    expect(seen).toEqual(['Menyusun atlas — 1 dari 3 halaman', 'Menyusun atlas — 2 dari 3 halaman']);
  });

  it('an abort stops the polling and resolves with null, reporting nothing after it', async () => {
    const controller = new AbortController();
    const seen: JobView[] = [];
    const job = countingJob();
    const final = await followJob({
      ...job,
      onProgress: (view) => {
        seen.push(view);
        controller.abort();
      },
      // Longer than the test timeout: a pause that missed the abort would fail the test.
      intervalMs: 60_000,
      signal: controller.signal,
    });
    expect(final).toBeNull();
    expect(seen).toHaveLength(1);
  });

  it('a failing poll rejects, so the caller’s error policy decides what the analyst sees', async () => {
    const failing = followJob({
      poll: () => Promise.reject(new Error('layanan mati')),
      view: () => null,
      onProgress: () => undefined,
      intervalMs: 1,
      signal: new AbortController().signal,
    });
    await expect(failing).rejects.toThrow('layanan mati');
  });

  it('progress without a count reads as its phase alone', () => {
    expect(jobText({ phase: 'Membaca berkas…', count: null })).toBe('Membaca berkas…');
    expect(jobText({ phase: 'Mencocokkan wilayah', count: { done: 1200, total: 5000, unit: 'baris' } })).toBe(
      'Mencocokkan wilayah — 1.200 dari 5.000 baris',
    );
  });
});
