import { inflateEntry, type ZipEntry } from './zip-archive';

/** What a zip holds: a spreadsheet SheetJS may open, with notes for warnings, or something else (`what`). */
export type ZipKind =
  | { format: 'xlsx' | 'xlsm' | 'xlsb' | 'ods'; externalLinks: boolean; macros: boolean }
  | { format: null; what: string };

// Main-part content types name the package's kind even when its parts live in odd folders (the corpus has one in
// "wtf/"); templates and add-ins read like their workbook counterparts.
const MAIN_TYPES: readonly (readonly [string, 'xlsx' | 'xlsm' | 'xlsb'])[] = [
  ['application/vnd.ms-excel.sheet.binary.macroenabled.main', 'xlsb'],
  ['application/vnd.ms-excel.sheet.macroenabled.main+xml', 'xlsm'],
  ['application/vnd.ms-excel.template.macroenabled.main+xml', 'xlsm'],
  ['application/vnd.ms-excel.addin.macroenabled.main+xml', 'xlsm'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml', 'xlsx'],
];
const OTHER_OFFICE: readonly (readonly [string, string])[] = [
  ['wordprocessingml', 'terdeteksi dokumen Word'],
  ['presentationml', 'terdeteksi presentasi PowerPoint'],
  ['visio', 'terdeteksi gambar Visio'],
];
const OPEN_DOCUMENT: readonly (readonly [string, string])[] = [
  ['application/vnd.oasis.opendocument.text', 'terdeteksi dokumen teks OpenDocument'],
  ['application/vnd.oasis.opendocument.presentation', 'terdeteksi presentasi OpenDocument'],
  ['application/vnd.oasis.opendocument.graphics', 'terdeteksi gambar OpenDocument'],
];
// Metadata parts are small; anything larger is not worth reading to classify the package.
const MAX_METADATA_BYTES = 4 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8');

/** Classifies a zip by its content types or OpenDocument mimetype; the entries must already be budget-checked. */
export function classifyZip(bytes: Uint8Array, entries: readonly ZipEntry[], fileName: string): ZipKind {
  const names = entries.map((entry) => entry.name.replace(/^\/+/, '').toLowerCase());
  const externalLinks = names.some((name) => /(^|\/)externallinks\/[^/]+\.(xml|bin)$/.test(name));
  const macros = names.some((name) => /(^|\/)vbaproject\.bin$/.test(name));
  const contentTypes = readSmallText(bytes, entries, names, '[content_types].xml', fileName);
  if (contentTypes !== null) {
    const overrides = overrideTypes(contentTypes);
    for (const [type, format] of MAIN_TYPES) if (overrides.includes(type)) return { format, externalLinks, macros };
    for (const [marker, what] of OTHER_OFFICE)
      if (overrides.some((t) => t.includes(marker))) return { format: null, what };
  }
  if (names.includes('xl/workbook.bin')) return { format: 'xlsb', externalLinks, macros };
  if (names.includes('xl/workbook.xml')) return { format: macros ? 'xlsm' : 'xlsx', externalLinks, macros };
  const mimetype = readSmallText(bytes, entries, names, 'mimetype', fileName)?.trim();
  if (
    mimetype === 'application/vnd.oasis.opendocument.spreadsheet' ||
    mimetype === 'application/vnd.oasis.opendocument.spreadsheet-template'
  ) {
    return { format: 'ods', externalLinks: false, macros: false };
  }
  for (const [type, what] of OPEN_DOCUMENT) if (mimetype?.startsWith(type)) return { format: null, what };
  if (mimetype === undefined && names.includes('content.xml'))
    return { format: 'ods', externalLinks: false, macros: false };
  if (names.some((name) => name.endsWith('.iwa'))) return { format: null, what: 'terdeteksi berkas Apple Numbers' };
  if (names.some((name) => /\.(xlsx|xlsm|xls|ods|csv)$/.test(name))) {
    return { format: null, what: 'arsip zip yang berisi lembar kerja; ekstrak dulu, lalu impor berkas di dalamnya' };
  }
  return { format: null, what: 'arsip zip tanpa lembar kerja' };
}

/** Content types given to named parts. Defaults by extension are ignored: SheetJS's own .xlsx files declare the
 *  .xlsb main type as the default for ".bin" without containing any such part. */
function overrideTypes(contentTypes: string): string[] {
  const types: string[] = [];
  for (const tag of contentTypes.matchAll(/<(?:\w+:)?Override\b[^>]*>/gi)) {
    const type = /\bContentType\s*=\s*["']([^"']*)["']/i.exec(tag[0])?.[1];
    if (type) types.push(type.toLowerCase());
  }
  return types;
}

function readSmallText(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  names: readonly string[],
  wanted: string,
  fileName: string,
): string | null {
  const index = names.indexOf(wanted);
  const entry = entries[index];
  if (!entry || entry.uncompressedSize > MAX_METADATA_BYTES) return null;
  return utf8.decode(inflateEntry(bytes, entry, fileName));
}
