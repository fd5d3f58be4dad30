import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveRendererFile } from '../core/renderer-files';

/**
 * Answers an app:// request from the built renderer folder. Every response, a 404 included, carries the same CSP as
 * the browser shell.
 */
export async function rendererResponse(rendererDir: string, url: string): Promise<Response> {
  const file = resolveRendererFile(rendererDir, new URL(url).pathname);
  const security = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' };
  if (!file) return new Response('Tidak ditemukan', { status: 404, headers: security });
  return new Response(await readFile(file), { headers: { 'content-type': contentTypeOf(file), ...security } });
}
