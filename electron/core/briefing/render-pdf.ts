import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { PrintFonts } from './print-fonts';

const PT_PER_MM = 72 / 25.4;

/** One page to print: its SVG and its size in millimetres. */
export interface PdfPage {
  svg: string;
  width: number;
  height: number;
  title: string;
}

/** Which embedded font a piece of text uses: Noto Sans Math for the few symbols set in it, else Noto Sans. */
function fontFor(family: string, bold: boolean): string {
  if (/math/i.test(family)) return 'NotoSansMath';
  return bold ? 'NotoSans-Bold' : 'NotoSans';
}

/**
 * A vector PDF of one or more pages: PDFKit writes the document, svg-to-pdfkit draws each page's SVG onto it with
 * text as real text in the embedded (subset) Noto Sans, so it can be selected and searched. `between` runs after
 * each page, which lets a long atlas report progress and stop when cancelled.
 */
export async function renderPdf(
  pages: Iterable<PdfPage> | AsyncIterable<PdfPage>,
  fonts: PrintFonts,
  meta: { title: string; subject?: string },
  between: (done: number) => void = () => {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    info: { Title: meta.title, Subject: meta.subject ?? '', Creator: 'Waspada', Producer: 'Waspada (PDFKit)' },
    lang: 'id-ID',
    displayTitle: true,
  });
  doc.registerFont('NotoSans', fonts.ttf.regular);
  doc.registerFont('NotoSans-Bold', fonts.ttf.bold);
  doc.registerFont('NotoSansMath', fonts.ttf.math);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  let done = 0;
  try {
    for await (const page of pages) {
      const size: [number, number] = [page.width * PT_PER_MM, page.height * PT_PER_MM];
      doc.addPage({ size, margin: 0 });
      SVGtoPDF(doc, page.svg, 0, 0, {
        width: size[0],
        height: size[1],
        preserveAspectRatio: 'xMinYMin meet',
        fontCallback: (family, bold) => fontFor(family, bold),
        warningCallback: () => {},
      });
      done += 1;
      between(done);
    }
  } finally {
    doc.end();
  }
  await finished;
  return Buffer.concat(chunks);
}
