import { Resvg } from '@resvg/resvg-js';
import encode from 'png-chunks-encode';
import type { PrintFonts } from './print-fonts';

const INCH_MM = 25.4;

/** Offset just past the IHDR chunk, which the PNG specification puts first: signature 8 + length, type, 13, CRC. */
const AFTER_IHDR = 8 + 4 + 4 + 13 + 4;

/**
 * PNG bytes with their resolution recorded (pHYs chunk, pixels per metre) right after IHDR, where the PNG
 * specification wants it, so image editors and printers know the size the page prints at. Only the new chunk is
 * encoded (png-chunks-encode computes its CRC); the image data is copied untouched, not re-encoded.
 */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const type = new TextDecoder().decode(png.subarray(12, 16));
  if (type !== 'IHDR') throw new Error('Bukan berkas PNG yang sah.');
  const perMetre = Math.round(dpi / 0.0254);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // unit: metre
  const chunk = encode([{ name: 'pHYs', data }]).subarray(8); // without the PNG signature
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, AFTER_IHDR), 0);
  out.set(chunk, AFTER_IHDR);
  out.set(png.subarray(AFTER_IHDR), AFTER_IHDR + chunk.length);
  return out;
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
