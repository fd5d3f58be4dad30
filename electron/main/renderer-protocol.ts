import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, contentTypeOf, resolveRendererFile } from '../core/renderer-files';

/** Answers an app:// request from the built renderer folder, with the same CSP as the browser shell. */
export async function rendererResponse(rendererDir: string, url: string): Promise<Response> {
  const file = resolveRendererFile(rendererDir, new URL(url).pathname);
  if (!file) return new Response('Tidak ditemukan', { status: 404 });
  const headers = { 'content-type': contentTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY };
  return new Response(await readFile(file), { headers });
}
