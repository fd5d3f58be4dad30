import { Resvg } from '@resvg/resvg-js';
import extract from 'png-chunks-extract';
import encode from 'png-chunks-encode';
import type { PrintFonts } from './print-fonts';

const INCH_MM = 25.4;

/**
 * PNG bytes with their resolution recorded (pHYs chunk, pixels per metre), placed right after IHDR as the PNG
 * specification requires, so image editors and printers know the size the page prints at.
 */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const chunks = extract(png).filter((c) => c.name !== 'pHYs');
  const perMetre = Math.round(dpi / 0.0254);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // unit: metre
  chunks.splice(1, 0, { name: 'pHYs', data });
  return encode(chunks);
}

/** Rasterises a page's SVG with resvg and the bundled fonts only (no system fonts), at `dpi`. */
export function rasterise(svg: string, widthMm: number, dpi: number, fonts: PrintFonts): Uint8Array {
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round((widthMm / INCH_MM) * dpi) },
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: 'Noto Sans' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'error',
  });
  return renderer.render().asPng();
}

/** The page as a PNG at `dpi`, resolution recorded in the file. */
export function renderPng(svg: string, widthMm: number, dpi: number, fonts: PrintFonts): Uint8Array {
  return withDpi(rasterise(svg, widthMm, dpi, fonts), dpi);
}
