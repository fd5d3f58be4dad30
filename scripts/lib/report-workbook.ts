// A report list the way a province sends it: a title row, a header, one incident per row, dates as real dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { ATHG_LABELS, ATHG_TYPES } from '../../shared/reports/athg';

const JENIS = ATHG_TYPES.map((type) => ATHG_LABELS[type]);
const URAIAN = [
  'Kericuhan pendukung paslon di sekitar TPS',
  'Dugaan politik uang menjelang masa tenang',
  'Distribusi logistik terlambat',
  'Ujaran kebencian bernuansa SARA di media sosial',
  'Netralitas ASN dipersoalkan',
];

/** Builds an .xlsx with `rows` incidents spread over the 514 kab/kota (names as written, with their province). */
export function reportWorkbook(rows: number, root: string): Uint8Array {
  const data = join(root, 'node_modules', 'idn-area-data', 'data');
  const provinces = new Map(
    readFileSync(join(data, 'provinces.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [code, ...name] = line.split(',');
        return [code!, name.join(',')];
      }),
  );
  const regencies = readFileSync(join(data, 'regencies.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [, province, ...name] = line.split(',');
      return { name: name.join(',').replace(/"/g, ''), province: provinces.get(province!)! };
    });
  const aoa: unknown[][] = [
    ['REKAPITULASI LAPORAN ATHG PILKADA 2024'],
    ['No', 'Tanggal', 'Jenis ATHG', 'Kabupaten/Kota', 'Provinsi', 'Uraian', 'Sumber'],
  ];
  const start = Date.UTC(2024, 8, 25);
  for (let i = 0; i < rows; i++) {
    const region = regencies[(i * 7919) % regencies.length]!;
    aoa.push([
      i + 1,
      new Date(start + ((i * 13) % 63) * 86_400_000),
      JENIS[i % 4],
      region.name,
      region.province,
      URAIAN[i % URAIAN.length],
      i % 3 === 0 ? 'Polres' : 'FKDM',
    ]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa, { cellDates: true }), 'Laporan');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
