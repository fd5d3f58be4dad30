import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import type { ImportJobState } from '../../../shared/import/preview';
import type { ImportOptions } from '../../../shared/import/types';
import { call } from '../api/client';

const POLL_MS = 150;

/** Reads a File as base64 for the API (the same encoding over IPC and HTTP). */
export async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** One import job seen from the dialog: start it, re-run it with new options, and follow its progress. */
export function useImportJob() {
  const [state, setState] = useState<ImportJobState | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  // The newest job id, read when a re-read actually starts (a callback made earlier may run after a newer job).
  const latestJob = useRef<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  /** Polls a job until it is no longer running; stops as soon as a newer run or a reset takes over. */
  const follow = useCallback(async (id: string, mine: number) => {
    for (;;) {
      const next = await call('import.status', { jobId: id });
      if (mine !== generation.current) return;
      setState(next);
      if (next.state !== 'running') return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }, []);

  const run = useCallback(
    async (start: () => Promise<{ jobId: string }>) => {
      // The generation is taken before the upload, so closing the dialog mid-upload abandons (and discards) the job.
      const mine = ++generation.current;
      setError(null);
      setState({ state: 'running', progress: { phase: 'membaca', done: 0, total: 1 } });
      try {
        const { jobId: id } = await start();
        if (mine !== generation.current) return void call('import.discard', { jobId: id }).catch(() => undefined);
        latestJob.current = id;
        setJobId(id);
        await follow(id, mine);
      } catch (e) {
        if (mine !== generation.current) return;
        setState(null);
        setError(e instanceof ApiError ? e.message : 'Berkas tidak dapat dikirim ke layanan impor. Coba lagi.');
      }
    },
    [follow],
  );

  const startFile = useCallback(
    (file: File, options: ImportOptions) =>
      run(async () => call('import.start', { fileName: file.name, content: await toBase64(file), options })),
    [run],
  );
  const rerun = useCallback(
    (options: ImportOptions) => {
      const from = latestJob.current;
      return from ? run(() => call('import.start', { fromJobId: from, options })) : Promise.resolve();
    },
    [run],
  );
  const reset = useCallback(() => {
    generation.current += 1;
    const current = latestJob.current;
    if (current) void call('import.discard', { jobId: current }).catch(() => undefined);
    latestJob.current = null;
    setJobId(null);
    setState(null);
    setError(null);
  }, []);

  useEffect(() => () => void (generation.current += 1), []);
  return { state, jobId, error, startFile, rerun, reset };
}
