// Briefing maps, with the full boundary pack (skipped without it):
//   briefPng300Ms   the national map of all 514 kab/kota, A4 landscape, 300 dpi PNG: data from the store, composing,
//                   rasterising and recording the DPI; briefPngRatio against the floor measured in the same run,
//                   resvg rasterising the finished SVG alone with the same fonts and options
//   briefPdfMs      the same page as a vector PDF (PDFKit + svg-to-pdfkit)
//   atlas38PdfMs    the atlas: 38 province pages in one PDF, as the app's job runs it
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCore } from '../../electron/core/core';
import { exportAtlas, exportBriefing } from '../../electron/core/briefing/briefing-jobs';
import { BriefingSource } from '../../electron/core/briefing/briefing-source';
import { printFonts } from '../../electron/core/briefing/print-fonts';
import { rasterise, renderPng } from '../../electron/core/briefing/render-png';
import { composeBriefing } from '../../shared/briefing/compose';
import { DEMO_LAYER_ID } from '../../shared/demo/demo-layer';

const PACK = resolve(import.meta.dirname, '..', '..', 'resources', 'generated', 'boundaries');
const RUNS = 5;

/** The briefing figures, or null when the boundary pack is not there to draw from. */
export interface BriefingBench {
  briefPng300Ms: number;
  briefPngFloorMs: number;
  briefPngRatio: number;
  briefPdfMs: number;
  atlas38PdfMs: number;
  atlas38Pages: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Median of interleaved runs of ours and the floor, so both see the same machine load. */
export async function benchBriefing(): Promise<BriefingBench | null> {
  if (!existsSync(join(PACK, 'kabkota.geojson'))) return null;
  const dir = mkdtempSync(join(tmpdir(), 'waspada-bench-briefing-'));
  const core = await openCore({ dataDir: dir, version: 'bench', boundaryPackDir: PACK });
  try {
    const fonts = await printFonts(); // a running app has decoded its fonts already
    const view = { layerId: DEMO_LAYER_ID, area: null, layout: {} };
    const ours: number[] = [];
    const floor: number[] = [];
    const pdf: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const png = await timed(() => {
        const page = composeBriefing(BriefingSource.open(core.store, DEMO_LAYER_ID).page(null), {});
        return { page, png: renderPng(page.svg, page.width, 300, fonts) };
      });
      ours.push(png.ms);
      floor.push((await timed(() => rasterise(png.value.page.svg, png.value.page.width, 300, fonts))).ms);
      pdf.push(
        (
          await timed(() =>
            core.jobs.run('bench', (c) => exportBriefing(core.store, { ...view, format: 'pdf', dpi: 300 }, c)),
          )
        ).ms,
      );
    }
    const atlas = await timed(() =>
      core.jobs.run('bench', (c) => exportAtlas(core.store, { ...view, format: 'pdf', dpi: 300 }, c)),
    );
    const oursMs = median(ours);
    const floorMs = median(floor);
    return {
      briefPng300Ms: Math.round(oursMs),
      briefPngFloorMs: Math.round(floorMs),
      briefPngRatio: Math.round((oursMs / floorMs) * 100) / 100,
      briefPdfMs: Math.round(median(pdf)),
      atlas38PdfMs: Math.round(atlas.ms),
      atlas38Pages: Number(atlas.value.meta?.pages ?? 0),
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
