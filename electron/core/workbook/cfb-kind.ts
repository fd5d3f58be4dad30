import * as XLSX from 'xlsx';

/** What an OLE2 compound file holds: a BIFF workbook (with notes for warnings), an encrypted package, or else. */
export type CfbKind =
  { kind: 'xls'; externalLinks: boolean; macros: boolean } | { kind: 'encrypted' } | { kind: 'other'; what: string };

/** The slice of SheetJS's bundled CFB reader used here (its published type is `any`). */
interface CfbContainer {
  FileIndex: { name: string; type: number; content?: ArrayLike<number> | null }[];
}
const cfb = XLSX.CFB as { read(data: Uint8Array, options: { type: 'buffer' }): CfbContainer };

const OTHER_DOCUMENTS: readonly (readonly [string, string])[] = [
  ['worddocument', 'terdeteksi dokumen Word lama (.doc)'],
  ['powerpoint document', 'terdeteksi presentasi PowerPoint lama (.ppt)'],
  ['__properties_version1.0', 'terdeteksi pesan Outlook (.msg)'],
];

/** Reads the compound file's directory; throws whatever SheetJS's CFB reader throws on a damaged container. */
export function classifyCfb(bytes: Uint8Array): CfbKind {
  const container = cfb.read(bytes, { type: 'buffer' });
  const streams = container.FileIndex.filter((entry) => entry.type === 2);
  const named = (name: string) => streams.find((entry) => entry.name.toLowerCase() === name);
  // ECMA-376 encryption wraps an .xlsx in an OLE2 file: EncryptionInfo plus EncryptedPackage.
  if (named('encryptedpackage') || named('encryptioninfo')) return { kind: 'encrypted' };
  const workbook = named('workbook') ?? named('book');
  if (workbook) {
    const macros = container.FileIndex.some((entry) =>
      ['_vba_project_cur', '_vba_project'].includes(entry.name.toLowerCase()),
    );
    return { kind: 'xls', externalLinks: hasExternalSupBook(workbook.content), macros };
  }
  for (const [name, what] of OTHER_DOCUMENTS) if (named(name)) return { kind: 'other', what };
  return { kind: 'other', what: 'berkas OLE yang tidak berisi lembar kerja Excel' };
}

const SUPBOOK = 0x01ae;
const EOF = 0x000a;

/** Whether the BIFF8 globals substream has a SUPBOOK naming another workbook. A cch of 0x0401 means this workbook,
 *  0x3A01 add-in functions; otherwise cch is the length of the file path, and a one-character path of U+0000 or U+0020
 *  is Excel's placeholder for an unused or same-workbook link rather than another file. */
function hasExternalSupBook(content: ArrayLike<number> | null | undefined): boolean {
  if (!content) return false;
  const u16 = (at: number) => (content[at] ?? 0) | ((content[at + 1] ?? 0) << 8);
  for (let at = 0; at + 4 <= content.length;) {
    const type = u16(at);
    const size = u16(at + 2);
    if (type === EOF) return false;
    if (type === SUPBOOK && size >= 4) {
      const cch = u16(at + 6);
      const placeholder = cch === 1 && (content[at + 9] === 0x00 || content[at + 9] === 0x20);
      if (cch !== 0x0401 && cch !== 0x3a01 && !placeholder) return true;
    }
    at += 4 + size;
  }
  return false;
}
