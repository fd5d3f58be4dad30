import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { printFonts } from '../../../../../electron/core/briefing/print-fonts';
import { textWidth } from '../../../../../shared/briefing/text-metrics';

const SAMPLES = ['Kabupaten Bandung Barat', 'Kota Tasikmalaya', 'Jumlah wilayah 1.234,56', 'WASPADA — (uji) #7%'];

describe('print fonts', () => {
  it('decode to TrueType that PDFKit embeds', async () => {
    const fonts = await printFonts();
    for (const face of [fonts.ttf.regular, fonts.ttf.bold, fonts.ttf.math]) {
      expect(face.readUInt32BE(0)).toBe(0x00010000);
    }
  });

  it.each([false, true])('match the composer’s width table (bold: %s), so labels are measured right', async (bold) => {
    const fonts = await printFonts();
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('uji', bold ? fonts.ttf.bold : fonts.ttf.regular);
    doc.font('uji').fontSize(10);
    for (const sample of SAMPLES) {
      // PDFKit measures in points; the composer in millimetres. Kerning may move a glyph a little.
      const pdfkitMm = (doc.widthOfString(sample) * 25.4) / 72;
      expect(Math.abs(textWidth(sample, 10, bold) / pdfkitMm - 1), sample).toBeLessThan(0.02);
    }
  });
});
