import { inflateRawSync } from 'node:zlib';
import type { ApiError } from '../../../shared/api/errors';
import { protectedWorkbook, suspiciousArchive, tooLarge, unreadable } from './workbook-errors';

/** One file inside a zip, as its central directory and local header describe it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the compressed bytes start (just after the local header). */
  dataOffset: number;
}

/** The budget a zip must fit before SheetJS is allowed to inflate it. */
export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
}

// Small archives may compress extremely well (an empty styles part); the ratio only matters once the size does.
const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder('utf-8');

/** Reads a zip's central directory the way SheetJS will (last end record, local-header names) and checks it against the
 *  budget from the declared sizes, so a zip bomb is refused before anything is inflated. */
export function readZipEntries(bytes: Uint8Array, fileName: string, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (detail: string): ApiError => unreadable(fileName, 'zip', detail);
  const end = findEndRecord(view);
  if (end < 0) throw broken('akhir arsip tidak ditemukan; berkas kemungkinan terpotong');
  // The entry count on this disk and the directory offset are the two fields SheetJS reads; use the same ones.
  const count = view.getUint16(end + 8, true);
  let at = view.getUint32(end + 16, true);
  if (count > limits.maxEntries)
    throw tooLarge(fileName, `Arsip berisi ${count} bagian, melebihi batas ${limits.maxEntries}.`);
  const entries: ZipEntry[] = [];
  let declaredTotal = 0;
  let compressedTotal = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw broken('daftar isi arsip rusak');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const sizes = zip64Sizes(view, at, nameLength, extraLength);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    const local = sizes.offset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      throw broken('bagian arsip tidak ditemukan');
    // Bit 0 is traditional encryption, bit 6 strong encryption, bit 13 an encrypted central directory.
    if ((flags | view.getUint16(local + 6, true)) & 0x2041) throw protectedWorkbook(fileName);
    if (method !== 0 && method !== 8) throw broken(`metode kompresi ${method} tidak didukung`);
    const localName = view.getUint16(local + 26, true);
    const dataOffset = local + 30 + localName + view.getUint16(local + 28, true);
    if (dataOffset + sizes.compressed > bytes.length) throw broken('bagian arsip terpotong');
    entries.push({
      name: utf8.decode(bytes.subarray(local + 30, local + 30 + localName)),
      method,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      dataOffset,
    });
    declaredTotal += sizes.uncompressed;
    compressedTotal += sizes.compressed;
    at = next;
  }
  checkBudget(fileName, declaredTotal, compressedTotal, limits);
  return entries;
}

/** Inflates every entry with its declared size as a hard cap: a header that understates its size (a lying zip bomb)
 *  or a damaged stream is caught here, where memory is bounded, instead of inside SheetJS. */
export function verifyZipEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  fileName: string,
  limits: ZipLimits,
): void {
  let total = 0;
  for (const entry of entries) {
    const size = inflateEntry(bytes, entry, fileName).length;
    total += size;
    if (total > limits.maxUncompressedBytes) {
      throw tooLarge(fileName, `Isi arsip melebihi ${megabytes(limits.maxUncompressedBytes)} setelah dibuka.`);
    }
  }
}

/** The entry's bytes, never more than it declares. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, fileName: string): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize)
      throw unreadable(fileName, 'zip', 'ukuran bagian arsip tidak konsisten');
    return data;
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw suspiciousArchive(
        fileName,
        `Bagian "${entry.name}" ternyata jauh lebih besar daripada yang tercatat di arsip.`,
      );
    }
    throw unreadable(fileName, 'zip', `bagian "${entry.name}" tidak dapat dibuka`);
  }
}

function checkBudget(fileName: string, declared: number, compressed: number, limits: ZipLimits): void {
  if (declared > limits.maxUncompressedBytes) {
    throw tooLarge(
      fileName,
      `Isi arsip berukuran ${megabytes(declared)} setelah dibuka, melebihi batas ` +
        `${megabytes(limits.maxUncompressedBytes)}.`,
    );
  }
  if (declared > RATIO_FLOOR_BYTES && declared / Math.max(1, compressed) > limits.maxCompressionRatio) {
    const ratio = Math.round(declared / Math.max(1, compressed));
    throw suspiciousArchive(
      fileName,
      `Isinya ${ratio} kali lebih besar daripada berkasnya setelah dibuka (ciri bom zip).`,
    );
  }
}

/** Sizes and local-header offset, taking ZIP64 extra fields into account when the 32-bit fields are saturated. */
function zip64Sizes(view: DataView, at: number, nameLength: number, extraLength: number) {
  let compressed = view.getUint32(at + 20, true);
  let uncompressed = view.getUint32(at + 24, true);
  let offset = view.getUint32(at + 42, true);
  const FULL = 0xffffffff;
  if (compressed !== FULL && uncompressed !== FULL && offset !== FULL) return { compressed, uncompressed, offset };
  let extra = at + 46 + nameLength;
  const extraEnd = Math.min(extra + extraLength, view.byteLength);
  while (extra + 4 <= extraEnd) {
    const id = view.getUint16(extra, true);
    const size = view.getUint16(extra + 2, true);
    if (id === 0x0001) {
      let field = extra + 4;
      const read = (): number => {
        if (field + 8 > extraEnd) return Number.POSITIVE_INFINITY;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (uncompressed === FULL) uncompressed = read();
      if (compressed === FULL) compressed = read();
      if (offset === FULL) offset = read();
      break;
    }
    extra += 4 + size;
  }
  return { compressed, uncompressed, offset };
}

/** Offset of the last end-of-central-directory record, searched from the very end as SheetJS does, or -1. */
function findEndRecord(view: DataView): number {
  for (let at = view.byteLength - 4; at >= 0; at--) {
    if (view.getUint32(at, true) === EOCD) return at + 22 <= view.byteLength ? at : -1;
  }
  return -1;
}

/** Bytes as whole megabytes, for messages. */
export function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}
