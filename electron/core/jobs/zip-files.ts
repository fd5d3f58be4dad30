import JSZip from 'jszip';
import type { JobFile } from '../../../shared/jobs/job';
import { FILE_MIME, jobFile } from './job-file';

/**
 * Packs job files into one .zip (names may contain folders, "2026-11-25 IKP/peta.pdf"). JSZip is already a
 * dependency of ExcelJS, so templates and briefing packs share it instead of a second zip library.
 */
export async function zipFiles(name: string, files: readonly JobFile[], compress = true): Promise<JobFile> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.base64, { base64: true });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: compress ? 'DEFLATE' : 'STORE' });
  return jobFile(name, FILE_MIME.zip, bytes);
}
