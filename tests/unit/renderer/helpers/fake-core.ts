// The renderer's boundary is its API client: unit tests install a transport that answers like the core would, so
// actions run for real against it and the tests assert the state they leave.
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';
import { installTransport } from '../../../../renderer/src/api/client';
import { installFilePlatform, type FilePlatform } from '../../../../renderer/src/platform/files';
import { useWaspada } from '../../../../renderer/src/store/store';

/** Answers per method; a handler may throw ApiError to answer with an error. */
export type FakeAnswers = { [M in ApiMethod]?: (input: ApiInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

/** Installs a transport that answers from `answers` (a method without an answer fails as the core would). */
export function fakeCore(answers: FakeAnswers): void {
  installTransport({
    async invoke(method, input) {
      const answer = answers[method] as ((input: unknown) => unknown) | undefined;
      if (!answer)
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Tidak ada jawaban untuk ${method}.` } };
      try {
        return { ok: true, value: await answer(input) };
      } catch (error) {
        if (error instanceof ApiError) return { ok: false, error: error.toData() };
        throw error;
      }
    },
  });
}

/** A file platform whose picker returns `picked` and whose saves land in `saved`. */
export function fakeFiles(picked: { name: string; text: string }[] = []): {
  saved: { name: string; data: string | Uint8Array }[];
} {
  const saved: { name: string; data: string | Uint8Array }[] = [];
  const platform: FilePlatform = {
    async saveFile({ suggestedName, data }) {
      saved.push({ name: suggestedName, data });
      return { saved: true, path: `/home/analis/Dokumen/${suggestedName}` };
    },
    async openFiles() {
      return picked.map(({ name, text }) => ({ name, bytes: new TextEncoder().encode(text) }));
    },
  };
  installFilePlatform(platform);
  return { saved };
}

/** A fresh store, as the app starts. */
export function resetStore(): void {
  useWaspada.setState(useWaspada.getInitialState(), true);
}

/** The store's state now. */
export const state = () => useWaspada.getState();
