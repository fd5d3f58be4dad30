// Reading what the briefing exports wrote: PNG chunks, PDF pages and (where poppler-utils is installed, as on the
// build machines and in CI) the PDF's fonts and text as a reader's tools see them.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import extract from 'png-chunks-extract';
import type { JobFile } from '../../../shared/jobs/job';

/** Width, height and pixels per metre of a PNG. */
export function pngFacts(bytes: Uint8Array): { width: number; height: number; perMetre: number | null } {
  const chunks = extract(bytes);
  const header = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset);
  const phys = chunks.find((c) => c.name === 'pHYs');
  const perMetre = phys ? new DataView(phys.data.buffer, phys.data.byteOffset).getUint32(0) : null;
  return { width: header.getUint32(0), height: header.getUint32(4), perMetre };
}

/** Pages of a PDF written by PDFKit (its page objects are plain dictionaries). */
export function pdfPageCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

/** True when pdftotext and pdffonts can be run. */
export const HAS_POPPLER = spawnSync('pdftotext', ['-v']).status === 0;

/** What pdftotext and pdffonts say about a PDF file written into `dir`. */
export function readPdf(bytes: Uint8Array, dir: string): { text: string; fonts: string } {
  const path = join(dir, 'uji.pdf');
  writeFileSync(path, bytes);
  return {
    text: spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout,
    fonts: spawnSync('pdffonts', [path], { encoding: 'utf8' }).stdout,
  };
}

/** A job file's bytes. */
export const bytesOf = (file: JobFile) => new Uint8Array(Buffer.from(file.base64, 'base64'));
