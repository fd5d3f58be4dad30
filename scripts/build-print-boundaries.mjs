// Generates the print set of the boundary pack (resources/generated/boundaries/print), which briefing maps are drawn
// from: the pack at full detail, only welded (-snap, so shared borders stay shared) and freed of detail under 10 m
// (-simplify interval=10, keep-shapes: topology-preserving, no island lost), which no page scale can show. The screen
// set keeps 8–12 % of the vertices; at a province's print scale that looks blocky and turns Kepulauan Seribu into a
// three-point sliver. Called at the end of build-boundaries.mjs with the same source, target and mapshaper.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILES = ['provinsi', 'kabkota', 'kecamatan'];

/** Writes print/<level>.geojson for every level of the pack that is newer than its print file. */
export function buildPrintBoundaries({ source, target, mapshaper }) {
  const printDir = join(target, 'print');
  mkdirSync(printDir, { recursive: true });
  for (const file of FILES) {
    const input = join(source, `${file}.geojson`);
    const output = join(printDir, `${file}.geojson`);
    if (!existsSync(input)) continue;
    const newest = Math.max(statSync(input).mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
    if (existsSync(output) && statSync(output).mtimeMs >= newest) continue;
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [mapshaper, input, '-snap', 'interval=0.00001', '-simplify', 'interval=10', 'keep-shapes']
        .concat(['-filter-fields', 'kode,nama', '-o', output, 'format=geojson', 'precision=0.00001', 'id-field=kode'])
        .concat(['-quiet']),
      { encoding: 'utf8' },
    );
    if (result.status !== 0) {
      console.error(`[batas wilayah] Gagal membuat set cetak ${file}: ${result.stderr}`);
      process.exit(1);
    }
    const size = (statSync(output).size / 1024).toFixed(0);
    console.log(`[batas wilayah] set cetak ${file}: ${size} KB, ${Date.now() - started} ms`);
  }
}
