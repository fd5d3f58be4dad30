// Generates the app's optimised boundary geometry from the shared boundary pack into ignored output
// (resources/generated/boundaries). Runs at `npm install` (prepare), before the app starts and before the e2e tests.
// Neighbours are snapped before simplifying, so shared borders stay shared and no gaps appear (STACK.md).
// Without the pack it writes synthetic fixture boundaries instead (scripts/lib/fixture-boundaries.ts), marked
// "fixture" in SOURCE.txt, so a fresh clone runs and tests end to end; real output already built is kept.
// It fails only when the pack is there but cannot be simplified.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';
import { fixtureBoundaries } from './lib/fixture-boundaries.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.env.WASPADA_BOUNDARY_SOURCE ?? join(root, '..', 'shared', 'data', 'boundaries'));
const target = join(root, 'resources', 'generated', 'boundaries');
const mapshaper = join(root, 'node_modules', 'mapshaper', 'bin', 'mapshaper');

// Detail kept per level, as a distance (metres) rather than a share of vertices: a share left small regions such as
// Kota Cirebon a triangle and borders blocky at province zoom (about 600 m per pixel at zoom 8), while MapLibre
// already simplifies per zoom for the national view. Kecamatan are drawn only when one kab/kota is drilled into.
const LEVELS = [
  { file: 'provinsi', keep: 'interval=300' },
  { file: 'kabkota', keep: 'interval=300' },
  { file: 'kecamatan', keep: 'interval=100' },
];

const sourceFile = join(target, 'SOURCE.txt');
const builtFromFixture = existsSync(sourceFile) && readFileSync(sourceFile, 'utf8').startsWith('fixture');

if (!existsSync(source)) {
  const built = LEVELS.every(({ file }) => existsSync(join(target, `${file}.geojson`)));
  if (built && !builtFromFixture) {
    console.log(`[batas wilayah] Paket batas tidak ditemukan di ${source}; memakai hasil yang sudah dibangkitkan.`);
    process.exit(0);
  }
  const regions = (await Promise.all([getProvinces(), getRegencies(), getDistricts()])).flat();
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const [file, collection] of Object.entries(fixtureBoundaries(regions))) {
    writeFileSync(join(target, `${file}.geojson`), JSON.stringify(collection));
  }
  writeFileSync(sourceFile, 'fixture: batas contoh sintetis dari daftar wilayah idn-area-data, bukan peta sungguhan\n');
  console.log(
    '[batas wilayah] Paket batas wilayah tidak ada; memakai batas contoh sintetis untuk uji (bukan peta sungguhan).',
  );
  process.exit(0);
}
if (!existsSync(mapshaper)) {
  console.log('[batas wilayah] mapshaper belum terpasang (jalankan npm install); dilewati.');
  process.exit(0);
}
// The pack is here now: synthetic output from an earlier run must not survive beside real levels.
if (builtFromFixture) rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });

for (const { file, keep } of LEVELS) {
  const input = join(source, `${file}.geojson`);
  const output = join(target, `${file}.geojson`);
  if (!existsSync(input)) continue;
  if (
    existsSync(output) &&
    statSync(output).mtimeMs >= statSync(input).mtimeMs &&
    statSync(output).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs
  )
    continue;
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [
      mapshaper,
      input,
      '-snap',
      'interval=0.0002',
      '-clean',
      '-simplify',
      keep,
      'keep-shapes',
      '-clean',
      '-o',
      output,
      'format=geojson',
      'precision=0.0001',
      'id-field=kode',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    console.error(`[batas wilayah] Gagal menyederhanakan ${file}: ${result.stderr}`);
    process.exit(1);
  }
  const simplified = JSON.parse(readFileSync(output, 'utf8'));
  const original = JSON.parse(readFileSync(input, 'utf8')).features;
  // -clean gives a sliver region wholly covered by its neighbours' snapped borders to the neighbour (81.05.16 Ukar
  // Sengan is one); every region must stay on the map, so such a region keeps its original outline.
  const kept = new Set(simplified.features.map((f) => f.properties.kode));
  const restored = original.filter((f) => !kept.has(f.properties.kode));
  for (const feature of restored) simplified.features.push({ ...feature, id: feature.properties.kode });
  if (restored.length > 0) writeFileSync(output, JSON.stringify(simplified));
  const features = simplified.features.length;
  writeFileSync(sourceFile, `Dibangkitkan dari ${source}\n`);
  console.log(
    `[batas wilayah] ${file}: ${features} wilayah (${restored.length} dengan garis asli), ` +
      `${(statSync(output).size / 1024).toFixed(0)} KB, ${Date.now() - started} ms`,
  );
}

// Briefing maps print from full detail: the same pack, welded but not simplified (scripts/build-print-boundaries.mjs).
const { buildPrintBoundaries } = await import('./build-print-boundaries.mjs');
buildPrintBoundaries({ source, target, mapshaper });
