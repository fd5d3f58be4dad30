// Types for the few print libraries that ship none, limited to what Waspada calls.

declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: { fauxBold: boolean }) => string;
    warningCallback?: (message: string) => void;
  }
  /** Draws an SVG document onto the current PDFKit page, text as text. */
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: SvgToPdfOptions,
  ): void;
}

declare module 'png-chunks-extract' {
  /** The chunks of a PNG file, in order. */
  export default function extract(data: Uint8Array): { name: string; data: Uint8Array }[];
}

declare module 'png-chunks-encode' {
  /** A PNG file from its chunks (CRCs computed). */
  export default function encode(chunks: { name: string; data: Uint8Array }[]): Uint8Array;
}

declare module 'wawoff2' {
  /** TrueType/OpenType bytes from a WOFF2 file (Google's woff2 decoder, compiled to WebAssembly). */
  export function decompress(data: Uint8Array): Promise<Uint8Array>;
}
