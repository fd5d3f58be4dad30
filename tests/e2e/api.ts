// Sets up data through the browser shell's own API (as the renderer would), for tests whose subject is not the
// import dialog: same token, same validation, same core.
import type { ShellProcess } from '../../scripts/lib/shell-process';

/** Calls one API method of a running shell; throws with the core's message when it answers with an error. */
export async function callApi<T>(shell: ShellProcess, method: string, input: unknown): Promise<T> {
  const address = new URL(shell.url);
  const token = /token=([0-9a-f]+)/.exec(address.hash)![1]!;
  const response = await fetch(new URL(`/api/${method}`, address.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-waspada-token': token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Imports a workbook through the same job API the dialog uses and commits it as a layer; returns the layer id. */
export async function importLayer(
  shell: ShellProcess,
  fileName: string,
  bytes: Uint8Array,
  options: Record<string, unknown>,
): Promise<string> {
  const content = Buffer.from(bytes).toString('base64');
  const { jobId } = await callApi<{ jobId: string }>(shell, 'import.start', { fileName, content, options });
  for (;;) {
    const status = await callApi<{ state: string }>(shell, 'import.status', { jobId });
    if (status.state === 'failed') throw new Error(`import of ${fileName} failed: ${JSON.stringify(status)}`);
    if (status.state === 'ready') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const result = await callApi<{ layerId: string | null }>(shell, 'import.commit', { jobId });
  if (!result.layerId) throw new Error(`import of ${fileName} stored no layer`);
  return result.layerId;
}
