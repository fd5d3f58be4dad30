import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../shared/api/errors';
import type { JobState } from '../../../../../shared/jobs/job';
import { JobRegistry } from '../../../../../electron/core/jobs/job-registry';

const FILE = { name: 'a.txt', mimeType: 'text/plain', base64: Buffer.from('isi').toString('base64') };

/** Polls until the job is no longer running. */
async function settled(jobs: JobRegistry, id: string): Promise<JobState> {
  for (;;) {
    const state = jobs.status(id);
    if (state.state !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('JobRegistry', () => {
  it('reports progress while running and hands the result over once', async () => {
    const jobs = new JobRegistry();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const id = jobs.start('uji', async ({ report }) => {
      report({ phase: 'Menulis', done: 1, total: 2 });
      await gate;
      return { files: [FILE], messages: [] };
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const progress = { phase: 'Menulis', done: 1, total: 2 };
    expect(jobs.status(id)).toEqual({ state: 'running', kind: 'uji', progress });
    release();
    expect((await settled(jobs, id)).state).toBe('done');
    expect(jobs.take(id).files).toEqual([FILE]);
    expect(() => jobs.status(id)).toThrow(ApiError);
  });

  it('stops a job that checks for cancellation and says it was cancelled', async () => {
    const jobs = new JobRegistry();
    let steps = 0;
    const id = jobs.start('uji', async ({ checkCancelled }) => {
      for (;;) {
        checkCancelled();
        steps += 1;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    jobs.cancel(id);
    expect(await settled(jobs, id)).toEqual({ state: 'cancelled', kind: 'uji' });
    const stoppedAt = steps;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toBe(stoppedAt);
  });

  it('turns an unexpected failure into INTERNAL with a Bahasa message, never a stack', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start('uji', async () => {
      throw new TypeError('x is undefined');
    });
    const state = await settled(jobs, id);
    expect(state).toMatchObject({ state: 'failed', error: { code: 'INTERNAL' } });
    expect(JSON.stringify(state)).not.toContain('x is undefined');
  });

  it('runs a job to its end for the CLI', async () => {
    const jobs = new JobRegistry();
    const phases: string[] = [];
    const result = await jobs.run(
      'uji',
      async ({ report }) => {
        report({ phase: 'Satu', done: 1, total: 1 });
        return { files: [], messages: ['selesai'] };
      },
      (progress) => phases.push(progress.phase),
    );
    expect({ result, phases }).toEqual({ result: { files: [], messages: ['selesai'] }, phases: ['Satu'] });
  });
});
