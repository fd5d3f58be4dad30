import type { ApiInput, ApiMethod, ApiOutput, ApiTransport } from '../../../shared/api/contract';
import { ApiError, type ApiResult } from '../../../shared/api/errors';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser shell. */
    api?: ApiTransport;
  }
}

const TOKEN_KEY = 'waspada-token';

/**
 * The browser shell's token arrives in the URL fragment once; keep it for reloads and take it out of the address bar.
 */
function sessionToken(): string {
  const match = /token=([0-9a-f]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** HTTP transport for the browser shell: POST /api/<method> with the per-launch token. */
function httpTransport(): ApiTransport {
  const token = sessionToken();
  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`./api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-waspada-token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message:
              'Layanan Waspada tidak menjawab. Pastikan "npm run serve" masih berjalan, lalu muat ulang halaman.',
          },
        };
      }
      return (await response.json()) as ApiResult<unknown>;
    },
  };
}

const transport: ApiTransport = window.api ?? httpTransport();

/** The one way the renderer talks to the core; throws ApiError with a Bahasa message on failure. */
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await transport.invoke(method, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value as ApiOutput<M>;
}
