import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { base64Length, MAX_FILE_BYTES, MAX_FILE_TEXT } from '../../shared/limits';
import type { DispatchTable } from '../core/handlers';
import { dispatch } from '../core/handlers';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveRendererFile } from '../core/renderer-files';

export const TOKEN_HEADER = 'x-waspada-token';
/** The largest file arrives base64-encoded in JSON, with a little room for the other fields. */
const MAX_BODY_BYTES = base64Length(MAX_FILE_BYTES) + 1024 * 1024;

/** A running browser shell. */
export interface BrowserShell {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  handlers: DispatchTable,
  token: string,
  method: string,
) {
  if (request.method !== 'POST')
    return send(
      response,
      405,
      JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'Gunakan POST.' } }),
    );
  if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
    const error = {
      code: 'UNAUTHORIZED',
      message: 'Token sesi tidak cocok. Buka lagi alamat lengkap yang dicetak oleh "npm run serve".',
    };
    return send(response, 401, JSON.stringify({ ok: false, error }));
  }
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    const error = {
      code: 'INVALID_INPUT',
      message: `Permintaan terlalu besar (berkas lebih dari ${MAX_FILE_TEXT}). Pisahkan data ke beberapa berkas.`,
    };
    return send(response, 413, JSON.stringify({ ok: false, error }));
  }
  let input: unknown;
  try {
    const body = await readBody(request);
    input = body ? JSON.parse(body) : {};
  } catch {
    return send(
      response,
      400,
      JSON.stringify({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Badan permintaan bukan JSON yang sah atau terlalu besar.' },
      }),
    );
  }
  send(response, 200, JSON.stringify(await dispatch(handlers, method, input)));
}

function serveStatic(response: ServerResponse, rendererDir: string, urlPath: string): void {
  const file = resolveRendererFile(rendererDir, urlPath);
  if (!file) return send(response, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8');
  response.writeHead(200, {
    'content-type': contentTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(response);
}

/**
 * Serves the built renderer and the typed API on 127.0.0.1 only. Every API call must carry the per-launch token;
 * the Host header must name this machine, so a web page elsewhere can't reach the store by DNS rebinding.
 */
export function startBrowserShell(handlers: DispatchTable, rendererDir: string, port = 0): Promise<BrowserShell> {
  const token = randomBytes(24).toString('hex');
  const server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== '127.0.0.1' && host !== 'localhost')
      return send(response, 403, 'Host ditolak', 'text/plain; charset=utf-8');
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/')) {
      handleApi(request, response, handlers, token, path.slice(5)).catch(() =>
        send(response, 500, '{"ok":false,"error":{"code":"INTERNAL","message":"Kesalahan server."}}'),
      );
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'Metode ditolak', 'text/plain; charset=utf-8');
    serveStatic(response, rendererDir, path);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        port: actualPort,
        token,
        url: `http://127.0.0.1:${actualPort}/#token=${token}`,
        // Closing drops open connections too: a page still polling must not keep the shell from stopping.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
