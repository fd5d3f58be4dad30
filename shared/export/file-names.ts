import { isoLocalDate } from '../format/date';
import { findPreset } from '../editions/presets';
import { LEVEL_NAMES } from '../regions/labels';
import type { RegionLevel } from '../regions/types';

/** What a file is about: the layer (its edition's short name, else its own name) at a level, maybe one province. */
export interface FileSubject {
  layerName: string;
  presetId: string | null;
  level: RegionLevel;
  provinceName?: string | null;
}

/** Characters no file system accepts, and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/**
 * A file or folder name any operating system accepts: no path separators, reserved or control characters, no
 * trailing dots or spaces (Windows drops them), at most `maxLength` characters; `fallback` when nothing is left.
 */
export function safeFileName(text: string, maxLength = 120, fallback = 'berkas'): string {
  const cleaned = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, maxLength);
  return cleaned.replace(/[. ]+$/, '') || fallback;
}

/** A part of an export's name, without the layer name's " — kabupaten/kota" tail (the level is named anyway). */
function safePart(text: string): string {
  return safeFileName(text.replace(/\s+—\s+(provinsi|kabupaten\/kota|kecamatan)$/i, ''), 60, '');
}

function subjectWords({ layerName, presetId, level, provinceName }: FileSubject): string {
  const short = (presetId && findPreset(presetId)?.shortName) || safePart(layerName) || 'lapisan';
  return [short, LEVEL_NAMES[level], provinceName ? safePart(provinceName) : null].filter(Boolean).join(' ');
}

/** "Lampiran IKP 2024 kabkota 2026-11-25.xlsx" (with the province when the annex covers one). */
export function annexFileName(subject: FileSubject, at: Date): string {
  return `Lampiran ${subjectWords(subject)} ${isoLocalDate(at)}.xlsx`;
}

/** "Tabel IKP 2024 kabkota 2026-11-25.csv". */
export function csvFileName(subject: FileSubject, table: string, at: Date): string {
  return `${safePart(table)} ${subjectWords(subject)} ${isoLocalDate(at)}.csv`;
}

/**
 * "Templat IKP 2024 kabkota Jawa Barat 2026-11-25.xlsx", or for reports "Templat laporan ATHG Jawa Barat …"; the
 * zip of every province says "semua provinsi".
 */
export function templateFileName(
  subject: FileSubject | null,
  provinceName: string,
  at: Date,
  extension = 'xlsx',
): string {
  const what = subject ? subjectWords({ ...subject, provinceName: null }) : 'laporan ATHG';
  return `Templat ${what} ${safePart(provinceName)} ${isoLocalDate(at)}.${extension}`;
}

/**
 * "Register laporan ATHG Jawa Barat 2026-11-25.xlsx" (the region of the filter, when it has one); "Laporan ATHG
 * terhapus …" for the deleted reports, so saving those never replaces the register's own file.
 */
export function registerFileName(regionName: string | null, deleted: boolean, at: Date): string {
  const where = regionName ? `${safePart(regionName)} ` : '';
  return `${deleted ? 'Laporan ATHG terhapus' : 'Register laporan ATHG'} ${where}${isoLocalDate(at)}.xlsx`;
}
