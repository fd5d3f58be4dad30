import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import type { MergeJobState } from '../../../shared/import/merge';
import type { PickedFile } from '../platform/files';
import { mergeDiscarded, mergePolled, mergeStarted } from '../store/actions/merge-actions';

const POLL_MS = 150;

/** One merge job seen from the dialog: start it with the chosen files and follow it until its preview is ready. */
export function useMergeJob() {
  const [state, setState] = useState<MergeJobState | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const current = useRef<string | null>(null);

  const start = useCallback(async (files: readonly PickedFile[]) => {
    const mine = ++generation.current;
    setError(null);
    setState({
      state: 'running',
      progress: { file: 0, files: files.length, fileName: files[0]?.name ?? '', done: 0, total: 1 },
    });
    try {
      const id = await mergeStarted(files);
      if (mine !== generation.current) return void mergeDiscarded(id);
      current.current = id;
      setJobId(id);
      for (;;) {
        const next = await mergePolled(id);
        if (mine !== generation.current) return;
        setState(next);
        if (next.state !== 'running') return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } catch (e) {
      if (mine !== generation.current) return;
      setState(null);
      setError(e instanceof ApiError ? e.message : 'Berkas tidak dapat dikirim untuk digabung. Coba lagi.');
    }
  }, []);

  const reset = useCallback(() => {
    generation.current += 1;
    if (current.current) void mergeDiscarded(current.current);
    current.current = null;
    setJobId(null);
    setState(null);
    setError(null);
  }, []);

  useEffect(() => () => void (generation.current += 1), []);
  return { state, jobId, error, start, reset };
}
