import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelJob, runJob, type JobSpec } from '../../../../../renderer/src/store/actions/jobs';
import { resetStore, state } from '../../helpers/fake-core';

/** A fake long job service: each job runs until `finish` is called for it. */
function service() {
  const finished = new Set<string>();
  const discarded: string[] = [];
  let next = 1;
  const spec = (): JobSpec<{ id: string; done: boolean }> => ({
    starting: { phase: 'Memulai…', count: null },
    start: async () => `job-${next++}`,
    poll: async (id) => ({ id, done: finished.has(id) }),
    view: (s) => (s.done ? null : { phase: 'Bekerja', count: { done: 1, total: 2, unit: 'langkah' } }),
    discard: async (id) => void discarded.push(id),
    intervalMs: 5,
  });
  return { spec, finish: (id: string) => finished.add(id), discarded };
}

beforeEach(resetStore);

describe('running a job', () => {
  it('shows its progress while it runs and takes it off screen when it finishes', async () => {
    const jobs = service();
    const running = runJob('import', jobs.spec());
    expect(state().jobs.import?.phase).toBe('Memulai…');
    await vi.waitFor(() => expect(state().jobs.import?.phase).toBe('Bekerja'));
    jobs.finish('job-1');
    expect(await running).toEqual({ jobId: 'job-1', state: { id: 'job-1', done: true } });
    expect(state().jobs.import).toBeUndefined();
  });

  it('a newer job of the same kind abandons the older one, which the service discards', async () => {
    const jobs = service();
    const older = runJob('import', jobs.spec());
    await vi.waitFor(() => expect(state().jobs.import?.phase).toBe('Bekerja'));
    const newer = runJob('import', jobs.spec());
    expect(await older).toBeNull();
    expect(jobs.discarded).toEqual(['job-1']);
    expect(state().jobs.import).toBeDefined();
    jobs.finish('job-2');
    expect((await newer)?.jobId).toBe('job-2');
  });

  it('cancelling discards the job and takes its progress off screen at once', async () => {
    const jobs = service();
    const running = runJob('import', jobs.spec());
    await vi.waitFor(() => expect(state().jobs.import?.phase).toBe('Bekerja'));
    cancelJob('import');
    expect(state().jobs.import).toBeUndefined();
    expect(await running).toBeNull();
    expect(jobs.discarded).toEqual(['job-1']);
  });

  it('a job cancelled while it is still starting is discarded as soon as the service names it', async () => {
    const jobs = service();
    const running = runJob('import', jobs.spec());
    cancelJob('import');
    expect(await running).toBeNull();
    expect(jobs.discarded).toEqual(['job-1']);
  });
});
