// Seeded byte mutations of small workbooks: deterministic hostile input for the reader and the import worker.
import * as XLSX from 'xlsx';
import type { BookType } from 'xlsx';

/** Deterministic pseudo-random bytes (mulberry32), so a failing mutation is the same on every run and machine. */
export function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

/** A one-sheet workbook of `rows` in the given format. */
export function workbookBytes(rows: unknown[][], bookType: BookType): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Data');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

/** `seed` with four bytes overwritten at places chosen by (seedIndex, round). */
export function mutate(seed: Uint8Array, seedIndex: number, round: number): Uint8Array {
  const bytes = seed.slice();
  const noise = seededBytes(12, seedIndex * 1000 + round);
  for (let i = 0; i < noise.length; i += 3)
    bytes[(((noise[i] ?? 0) << 8) | (noise[i + 1] ?? 0)) % bytes.length] = noise[i + 2] ?? 0;
  return bytes;
}

/** The small table the reader's round-trip and fuzz tests start from. */
export const SEED_TABLE: unknown[][] = [
  ['Kode Wilayah', 'Kabupaten/Kota', 'Skor', 'Tanggal'],
  ['7371', 'Kota Makassar', 72.35, new Date(Date.UTC(2024, 10, 27))],
  ['5371', 'Kota Kupang', 0, new Date(Date.UTC(2024, 7, 17))],
  ['9471', 'Kota Jayapura', null, null],
  ['1101', 'Kab. Simeulue', -1234.5, new Date(Date.UTC(2020, 1, 29))],
];

/** Seed 1, round 10 of the reader's fuzz test: a BIFF8 file on which SheetJS 0.20.3 never returns. */
export function hangingXls(): Uint8Array {
  return mutate(workbookBytes(SEED_TABLE, 'biff8'), 1, 10);
}
