import type { JobFile } from '../../../shared/jobs/job';

/**
 * Saves a job's file the way a browser downloads (object URL + <a download>). Stand-in until the platform seam
 * (renderer/src/platform/files.ts `saveFile`) lands: the lead swaps this one call for it.
 */
export function saveJobFile(file: JobFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
