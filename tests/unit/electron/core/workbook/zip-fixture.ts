// Builds zip files byte by byte so tests can craft what no honest writer produces: lying sizes, shared data, flags.
import { crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';

/** One file to put in a zip; the optional fields forge its headers. */
export interface FixtureEntry {
  name: string;
  data: Uint8Array | string;
  /** Store instead of deflate. */
  store?: boolean;
  /** Uncompressed size to write in both headers instead of the real one. */
  declaredSize?: number;
  /** General-purpose flags (bit 0 = encrypted). */
  flags?: number;
}

/** A zip with the given entries; `aliases` adds that many extra central-directory entries pointing at the first
 *  entry's data (the overlapping-file zip bomb). */
export function buildZip(entries: readonly FixtureEntry[], aliases = 0): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const data = entry.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const fields = {
      flags: entry.flags ?? 0,
      method: entry.store ? 0 : 8,
      crc: crc32(raw),
      compressed: data.length,
      uncompressed: entry.declaredSize ?? raw.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(fields.flags, 6);
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.compressed, 18);
    local.writeUInt32LE(fields.uncompressed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = centralRecord(fields, name, offset);
    locals.push(local, name, data);
    centrals.push(central);
    offset += local.length + name.length + data.length;
  }
  const first = centrals[0];
  for (let i = 0; i < aliases && first; i++) centrals.push(first);
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(centrals.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(centrals.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

function centralRecord(
  fields: { flags: number; method: number; crc: number; compressed: number; uncompressed: number },
  name: Buffer,
  offset: number,
): Buffer {
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(fields.flags, 8);
  central.writeUInt16LE(fields.method, 10);
  central.writeUInt32LE(fields.crc, 16);
  central.writeUInt32LE(fields.compressed, 20);
  central.writeUInt32LE(fields.uncompressed, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(offset, 42);
  return Buffer.concat([central, name]);
}

/** The files of a zip (as SheetJS's bundled reader sees them), for rebuilding with changes. */
export function unzip(bytes: Uint8Array): FixtureEntry[] {
  const container = XLSX.CFB.read(Buffer.from(bytes), { type: 'buffer' }) as {
    FullPaths: string[];
    FileIndex: { type: number; content: ArrayLike<number> }[];
  };
  return container.FileIndex.flatMap((file, i) => {
    const path = container.FullPaths[i] ?? '';
    if (file.type !== 2 || path.includes('\u0001Sh33tJ5')) return [];
    return [{ name: path.replace(/^[^/]*\//, ''), data: new Uint8Array(Array.from(file.content)) }];
  });
}

/** The text of one entry. */
export function entryText(entries: readonly FixtureEntry[], name: string): string {
  const data = entries.find((entry) => entry.name === name)?.data;
  if (data === undefined) throw new Error(`no ${name} in zip`);
  return typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
}

/** The same entries with one replaced. */
export function replaceEntry(entries: readonly FixtureEntry[], name: string, data: string): FixtureEntry[] {
  return entries.map((entry) => (entry.name === name ? { ...entry, data } : entry));
}
