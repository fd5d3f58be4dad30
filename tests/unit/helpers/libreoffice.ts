// LibreOffice headless, as the reviewer opens the files: conversion to PDF (does it open without repair?) and
// to .ods (a second application's copy of the workbook, imported back).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { tempDir } from './temp-core';

const BINARY = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((path) => existsSync(path)) ?? null;

/** True where LibreOffice is installed (the build machines have it; tests that need it are skipped elsewhere). */
export const HAS_LIBREOFFICE = BINARY !== null;

/**
 * Converts a file with LibreOffice headless and returns the result's bytes. A profile of its own per call, so a
 * LibreOffice already running on the machine cannot swallow the conversion.
 */
export function convertWithLibreOffice(bytes: Uint8Array, fileName: string, to: 'ods' | 'pdf' | 'xlsx'): Uint8Array {
  const dir = tempDir('waspada-lo-');
  const input = join(dir, fileName);
  writeFileSync(input, bytes);
  const out = join(dir, 'out');
  execFileSync(
    BINARY!,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', out, input],
    { timeout: 120_000, stdio: 'pipe' },
  );
  return new Uint8Array(readFileSync(join(out, `${basename(fileName, extname(fileName))}.${to}`)));
}
