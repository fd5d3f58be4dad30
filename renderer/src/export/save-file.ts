import type { JobFile } from '../../../shared/jobs/job';

/**
 * Saves a file a job produced with the browser's download (object URL and a link). Stand-in until the platform seam
 * (renderer/src/platform/files.ts: native save dialog in Electron, download in the browser shell) lands.
 */
export function saveFile(file: JobFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
