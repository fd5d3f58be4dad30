import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { kindOfCode, levelOfCode, parentCode } from '../../../shared/regions/codes';
import { heldPilkada2024 } from '../../../shared/regions/pilkada-2024';
import type { Region } from '../../../shared/regions/types';

const dataDirectory = join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');

/** Fields of one CSV line; idn-area-data quotes fields that hold quotes or commas ("Ra""as"). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (quoted && character === '"' && line[index + 1] === '"') {
      field += '"';
      index++;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (character === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += character;
    }
  }
  fields.push(field);
  return fields;
}

/** Rows of one idn-area-data CSV as code and name (the name is always the last column). */
function readCodesAndNames(file: string): { kode: string; nama: string }[] {
  const lines = readFileSync(join(dataDirectory, file), 'utf8').split(/\r?\n/).slice(1);
  return lines
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const fields = csvFields(line);
      return { kode: fields[0]!, nama: fields[fields.length - 1]! };
    });
}

/** The real region master from idn-area-data: 38 provinsi, 514 kabupaten/kota and 7,285 kecamatan. */
export function loadRegions(): Region[] {
  return ['provinces.csv', 'regencies.csv', 'districts.csv'].flatMap((file) =>
    readCodesAndNames(file).map(({ kode, nama }) => {
      const level = levelOfCode(kode);
      const pilkada2024 = heldPilkada2024(kode, level);
      return { kode, nama, level, jenis: kindOfCode(kode), induk: parentCode(kode), pilkada2024 };
    }),
  );
}
