import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHandlers } from '../../../../electron/core/handlers';
import { startBrowserShell, TOKEN_HEADER, type BrowserShell } from '../../../../electron/serve/server';
import { openTempCore, tempDir } from '../../helpers/temp-core';

const INDEX_HTML = '<!doctype html><title>Waspada uji</title>';
const SECRET = 'rahasia-di-luar-folder-renderer';

/**
 * A running shell over a real core, serving a temp renderer folder that holds index.html. Beside that folder sits a
 * package.json with a secret, so a path traversal that escaped the folder would show.
 */
async function startShell(): Promise<BrowserShell> {
  const root = tempDir();
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ secret: SECRET }));
  const core = await openTempCore({ dataDir: join(root, 'data') });
  const shell = await startBrowserShell(createHandlers(core), rendererDir, 0);
  onTestFinished(() => shell.close());
  return shell;
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent byte for byte as given: no URL normalisation, any Host header. */
function rawRequest(
  shell: BrowserShell,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: shell.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POSTs an API call, with or without the session token. */
function callApi(shell: BrowserShell, method: string, input: unknown, token: string | null): Promise<RawResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers[TOKEN_HEADER] = token;
  return rawRequest(shell, { path: `/api/${method}`, method: 'POST', headers, body: JSON.stringify(input) });
}

describe('browser shell: API', () => {
  it('refuses an API call without the token with 401 UNAUTHORIZED', async () => {
    const shell = await startShell();
    const response = await callApi(shell, 'app.info', {}, null);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses an API call with a wrong token of the right length', async () => {
    const shell = await startShell();
    const response = await callApi(shell, 'app.info', {}, 'f'.repeat(shell.token.length));
    expect(response.status).toBe(401);
  });

  it('answers an API call with the token', async () => {
    const shell = await startShell();
    const response = await callApi(shell, 'app.info', {}, shell.token);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: true,
      value: { regions: { provinsi: 38, kabkota: 514, kecamatan: 7285 } },
    });
  });

  it('answers 413 with a Bahasa message before reading a body over the upload limit', async () => {
    const shell = await startShell();
    const response = await rawRequest(shell, {
      path: '/api/import.start',
      method: 'POST',
      headers: {
        [TOKEN_HEADER]: shell.token,
        'content-type': 'application/json',
        'content-length': String(300 * 1024 * 1024),
      },
      body: '',
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('terlalu besar') },
    });
  });

  it('passes a handler error through as data', async () => {
    const shell = await startShell();
    const response = await callApi(shell, 'regions.get', { kode: 'abc' }, shell.token);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('browser shell: who may connect', () => {
  it('refuses a request whose Host header names another site with 403', async () => {
    const shell = await startShell();
    const response = await rawRequest(shell, { path: '/', headers: { host: 'evil.example' } });
    expect(response.status).toBe(403);
  });

  it('refuses an API call with the right token but a foreign Host header', async () => {
    const shell = await startShell();
    const response = await rawRequest(shell, {
      path: '/api/app.info',
      method: 'POST',
      headers: { host: `evil.example:${shell.port}`, [TOKEN_HEADER]: shell.token },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it('accepts localhost as the Host header', async () => {
    const shell = await startShell();
    const response = await rawRequest(shell, { path: '/', headers: { host: `localhost:${shell.port}` } });
    expect(response.status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    const shell = await startShell();
    expect(shell.server.address()).toMatchObject({ address: '127.0.0.1', port: shell.port });
  });
});

describe('browser shell: static files', () => {
  it('serves index.html for / with the content security policy', async () => {
    const shell = await startShell();
    const response = await rawRequest(shell, { path: '/' });
    expect(response.body).toBe(INDEX_HTML);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
  ])('answers the traversal %s with 404 and without the file', async (path) => {
    const shell = await startShell();
    const response = await rawRequest(shell, { path });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });

  it('answers a missing file with 404', async () => {
    const shell = await startShell();
    expect((await rawRequest(shell, { path: '/tidak-ada.js' })).status).toBe(404);
  });
});
