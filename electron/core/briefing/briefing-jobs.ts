import type { BriefingLayoutInput } from '../../../shared/briefing/layout';
import { composeBriefing, type ComposedPage } from '../../../shared/briefing/compose';
import { focusName } from '../../../shared/briefing/page-texts';
import type { BriefingPreview } from '../../../shared/briefing/saved-layout';
import { formatNumber } from '../../../shared/format/number';
import type { JobFile, JobResult } from '../../../shared/jobs/job';
import type { Store } from '../db/store';
import type { JobContext } from '../jobs/job-registry';
import { zipFiles } from '../jobs/zip-files';
import { BriefingSource } from './briefing-source';
import { safeFileName } from '../../../shared/export/file-names';
import { FILE_MIME, jobFile } from '../jobs/job-file';
import { briefingPackAnnex } from './pack-annex';
import { embeddedFontCss, printFonts } from './print-fonts';
import { renderPdf } from './render-pdf';
import { renderPng } from './render-png';

/** What to print: a layer over the whole country (area null) or one province (or kab/kota), in a layout. */
export interface BriefingView {
  layerId: string;
  area: string | null;
  layout: BriefingLayoutInput;
}

/** A map, atlas page or pack folder name any operating system accepts. */
const mapFileName = (text: string) => safeFileName(text, 120, 'peta');
/** Lets the process answer other calls (progress polls) between pages of CPU-bound work. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the analyst should know about a page (names left out, regions without data). */
function pageMessages(page: ComposedPage): string[] {
  const messages: string[] = [];
  const { dropped } = page.facts.labels;
  if (dropped > 0) {
    messages.push(
      `${formatNumber(dropped)} nama wilayah tidak muat tanpa bertumpuk dan tidak dicetak; ` +
        'pakai label teratas atau kertas A3.',
    );
  }
  if (page.facts.noData > 0) messages.push(`${formatNumber(page.facts.noData)} wilayah tanpa data (abu-abu).`);
  return messages;
}

function areaWords(source: BriefingSource, area: string | null): string {
  return area ? focusName(source.page(area).focus!) : 'Indonesia';
}

/** The page preview: the composer's SVG with the fonts embedded, exactly what the SVG export writes. */
export async function previewBriefing(store: Store, view: BriefingView): Promise<BriefingPreview> {
  const source = BriefingSource.open(store, view.layerId);
  const page = composeBriefing(source.page(view.area), view.layout, embeddedFontCss(await printFonts()));
  return { svg: page.svg, title: page.facts.title, messages: pageMessages(page) };
}

/** One briefing map as PDF (vector), PNG (at `dpi`, recorded in the file) or SVG (text as text, fonts embedded). */
export async function exportBriefing(
  store: Store,
  view: BriefingView & { format: 'pdf' | 'png' | 'svg'; dpi: number },
  { report, checkCancelled }: JobContext,
): Promise<JobResult> {
  report({ phase: 'Menyusun halaman peta', done: 0, total: 2 });
  const source = BriefingSource.open(store, view.layerId);
  const fonts = await printFonts();
  const page = composeBriefing(
    source.page(view.area),
    view.layout,
    view.format === 'svg' ? embeddedFontCss(fonts) : '',
  );
  checkCancelled();
  await breathe();
  report({ phase: `Menulis ${view.format.toUpperCase()}`, done: 1, total: 2 });
  const name = mapFileName(`Peta ${source.layer.name} - ${areaWords(source, view.area)} - ${source.producedOn}`);
  const meta: Record<string, string | number> = { format: view.format, pages: 1 };
  let out: JobFile;
  if (view.format === 'svg') out = jobFile(`${name}.svg`, FILE_MIME.svg, page.svg);
  else if (view.format === 'pdf') {
    const pdf = await renderPdf([{ ...page, title: page.facts.title }], fonts, { title: page.facts.title });
    out = jobFile(`${name}.pdf`, FILE_MIME.pdf, pdf);
  } else {
    const png = renderPng(page.svg, page.width, view.dpi, fonts);
    out = jobFile(`${name}.png`, FILE_MIME.png, png);
    meta.widthPx = Math.round((page.width / 25.4) * view.dpi);
    meta.heightPx = Math.round((page.height / 25.4) * view.dpi);
    meta.dpi = view.dpi;
  }
  report({ phase: 'Selesai', done: 2, total: 2 });
  return { files: [out], messages: pageMessages(page), meta };
}

/** The atlas's pages, composed one at a time as the PDF writer (or the PNG loop) asks for them. */
async function* atlasPages(source: BriefingSource, view: BriefingView, context: JobContext) {
  const areas = source.atlasPages(view.area);
  for (const [i, area] of areas.entries()) {
    context.checkCancelled();
    context.report({ phase: `Halaman ${i + 1} dari ${areas.length}: ${area.nama}`, done: i, total: areas.length });
    const page = composeBriefing(source.page(area.kode, { number: i + 1, count: areas.length }), view.layout);
    yield { area, page };
    await breathe();
  }
}

/**
 * The atlas: one page per province (kab/kota layer) or per kab/kota of one province (kecamatan layer), as one
 * multi-page PDF or one PNG per page named with the region's code and name. Cancelling stops between pages.
 */
export async function exportAtlas(
  store: Store,
  view: BriefingView & { format: 'pdf' | 'png'; dpi: number },
  context: JobContext,
): Promise<JobResult> {
  const source = BriefingSource.open(store, view.layerId);
  const fonts = await printFonts();
  const total = source.atlasPages(view.area).length;
  const title = `Atlas ${source.layer.name}${view.area ? ` - ${areaWords(source, view.area)}` : ''}`;
  const messages = new Set<string>();
  const files: JobFile[] = [];
  if (view.format === 'pdf') {
    const pages = (async function* () {
      for await (const { page } of atlasPages(source, view, context)) {
        pageMessages(page).forEach((m) => messages.add(m));
        yield { ...page, title: page.facts.title };
      }
    })();
    const pdf = await renderPdf(pages, fonts, { title });
    files.push(jobFile(`${mapFileName(`${title} - ${source.producedOn}`)}.pdf`, FILE_MIME.pdf, pdf));
  } else {
    for await (const { area, page } of atlasPages(source, view, context)) {
      pageMessages(page).forEach((m) => messages.add(m));
      files.push(
        jobFile(
          `${mapFileName(`${area.kode} ${area.nama}`)}.png`,
          FILE_MIME.png,
          renderPng(page.svg, page.width, view.dpi, fonts),
        ),
      );
    }
  }
  context.report({ phase: 'Selesai', done: total, total });
  return { files, messages: [...messages], meta: { format: view.format, pages: total } };
}

/**
 * The briefing pack: into a folder named by date and layer, the map as PDF and as 300 dpi PNG, plus the Excel annex
 * of the same view (briefingPackAnnex, issue 8's hook). `zip` puts the folder in one .zip file (the app saves one
 * file through the platform seam); without it the files come back with the folder in their names (the CLI writes
 * them to disk).
 */
export async function exportPack(
  store: Store,
  view: BriefingView & { zip: boolean },
  context: JobContext,
  app: { version: string; now: Date },
): Promise<JobResult> {
  const source = BriefingSource.open(store, view.layerId);
  const folder = mapFileName(
    `${source.producedOn} ${source.layer.name}${view.area ? ` - ${areaWords(source, view.area)}` : ''}`,
  );
  const steps = 4;
  const sub = (done: number): JobContext => ({
    ...context,
    report: (p) => context.report({ phase: p.phase, done: done + p.done / Math.max(p.total, 1), total: steps }),
  });
  const pdf = await exportBriefing(store, { ...view, format: 'pdf', dpi: 300 }, sub(0));
  const png = await exportBriefing(store, { ...view, format: 'png', dpi: 300 }, sub(1));
  context.report({ phase: 'Menyiapkan lampiran Excel', done: 2, total: steps });
  const annex = await briefingPackAnnex(store, { layerId: view.layerId, area: view.area }, context, app);
  context.checkCancelled();
  const inside = [...pdf.files, ...png.files, ...annex].map((f) => ({ ...f, name: `${folder}/${f.name}` }));
  const messages = [...new Set([...pdf.messages, ...png.messages])];
  context.report({ phase: 'Mengemas', done: 3, total: steps });
  // PDF, PNG and XLSX are compressed already: store them as they are.
  const files = view.zip ? [await zipFiles(`${folder}.zip`, inside, false)] : inside;
  context.report({ phase: 'Selesai', done: steps, total: steps });
  return { files, messages, meta: { folder, files: inside.length } };
}
