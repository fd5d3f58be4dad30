import type { ApiTransport } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';

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
export function httpTransport(): ApiTransport {
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
