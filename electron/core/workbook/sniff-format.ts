// Decides what the bytes are from their content, never from the file name: agencies' web systems routinely name CSV
// or HTML exports ".xls", and a PNG renamed ".xlsx" must not reach SheetJS, whose fallback reads anything as text.

/** What the first bytes say the file is. */
export type Sniffed =
  | { container: 'zip' }
  | { container: 'cfb' }
  | { container: 'biff' }
  | { container: 'xml'; format: 'xml2003' | 'fods' | 'html' }
  | { container: 'text' }
  | { container: 'other'; what: string };

const MAGIC: readonly (readonly [readonly number[], string])[] = [
  [[0x89, 0x50, 0x4e, 0x47], 'terdeteksi gambar PNG'],
  [[0xff, 0xd8, 0xff], 'terdeteksi gambar JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'terdeteksi gambar GIF'],
  [[0x49, 0x49, 0x2a, 0x00], 'terdeteksi gambar TIFF'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'terdeteksi gambar TIFF'],
  [[0x25, 0x50, 0x44, 0x46], 'terdeteksi dokumen PDF'],
  [[0x52, 0x61, 0x72, 0x21], 'terdeteksi arsip RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'terdeteksi arsip 7-Zip'],
  [[0x1f, 0x8b], 'terdeteksi arsip gzip'],
  [[0x7b, 0x5c, 0x72, 0x74], 'terdeteksi dokumen RTF'],
  [[0x00, 0x00, 0x02, 0x00], 'terdeteksi lembar kerja Lotus 1-2-3'],
  [[0xff, 0x00, 0x02, 0x00], 'terdeteksi lembar kerja Lotus 1-2-3'],
];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEAD_BYTES = 64 * 1024;
const MARKUP_SEARCH_CHARS = 4 * 1024 * 1024;

/** Classifies the bytes by their signature, then as markup, text or unknown binary. */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { container: 'zip' };
  if (startsWith(bytes, CFB_MAGIC)) return { container: 'cfb' };
  // A bare BIFF2–BIFF5 stream (no OLE container) opens with a BOF record: 09 00 / 09 02 / 09 04 / 09 08, short length.
  if (
    bytes[0] === 0x09 &&
    [0x00, 0x02, 0x04, 0x08].includes(bytes[1] ?? -1) &&
    (bytes[2] ?? 0) <= 0x14 &&
    bytes[3] === 0
  ) {
    return { container: 'biff' };
  }
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) return { container: 'other', what };
  const head = decodeHead(bytes);
  if (head === null) return { container: 'other', what: 'isinya data biner yang tidak dikenali' };
  if (/^\s*</.test(head)) return sniffMarkup(bytes);
  return { container: 'text' };
}

function sniffMarkup(bytes: Uint8Array): Sniffed {
  const text = (decodeHead(bytes, MARKUP_SEARCH_CHARS) ?? '').toLowerCase();
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return { container: 'xml', format: 'xml2003' };
  if (text.includes('opendocument:xmlns:office') && text.includes('office:spreadsheet'))
    return { container: 'xml', format: 'fods' };
  if (text.includes('<table')) return { container: 'xml', format: 'html' };
  if (text.includes('<html')) return { container: 'other', what: 'halaman web tanpa tabel' };
  return { container: 'other', what: 'dokumen XML yang bukan lembar kerja' };
}

/** The start of the file as text (BOM-aware), or null if it looks binary: NULs or many control characters. */
function decodeHead(bytes: Uint8Array, limit = HEAD_BYTES): string | null {
  const head = bytes.subarray(0, limit);
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head);
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head);
  let control = 0;
  for (const byte of head.subarray(0, HEAD_BYTES)) {
    if (byte === 0) return null;
    // Tab, LF, VT, FF, CR and the DOS end-of-file mark are normal in text exports.
    if ((byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a].includes(byte)) || byte === 0x7f) control++;
  }
  if (control > Math.max(2, Math.min(head.length, HEAD_BYTES) / 100)) return null;
  return new TextDecoder('utf-8').decode(head);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
