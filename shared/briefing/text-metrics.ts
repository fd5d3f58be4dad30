/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72;

// Advance widths in thousandths of an em of U+0020–U+007E, read from the bundled Noto Sans files
// (@fontsource/noto-sans latin 400 and 700; tests/unit/electron/core/briefing/fonts.test.ts checks them against the
// fonts PDFKit embeds). Kerning is ignored: labels get a little slack instead.
const REGULAR =
  '260,269,408,646,572,831,732,225,300,300,551,572,268,322,268,372,572,572,572,572,572,572,572,572,572,572,268,268,' +
  '572,572,572,434,899,639,650,632,730,556,519,728,741,339,273,619,524,907,760,781,605,781,622,549,556,731,600,930,' +
  '586,566,572,329,372,329,572,444,281,561,615,480,615,564,344,615,618,258,258,534,258,935,618,605,615,615,413,479,' +
  '361,618,508,786,529,510,470,380,551,380,572';
const BOLD =
  '260,282,479,646,572,902,750,266,339,339,542,572,285,320,281,415,572,572,572,572,572,572,572,572,572,572,281,285,' +
  '572,572,572,477,898,692,665,642,732,560,549,724,765,389,331,664,559,943,813,791,621,791,656,551,577,756,650,967,' +
  '670,626,579,331,415,331,572,411,365,599,632,516,632,597,387,632,650,299,298,620,298,975,650,625,632,632,447,502,' +
  '434,650,571,856,578,571,493,394,551,394,572';

const ascii = (list: string) => list.split(',').map(Number);
const WIDTHS = { regular: ascii(REGULAR), bold: ascii(BOLD) };
/** Widths (regular, bold) of the few non-ASCII characters the page writes; ≥ and ≤ come from Noto Sans Math. */
const EXTRA: Record<string, [number, number]> = {
  '–': [500, 500],
  '—': [1000, 1000],
  '·': [268, 281],
  '©': [832, 832],
  é: [564, 597],
  '’': [175, 217],
  '…': [791, 855],
  '≥': [573, 573],
  '≤': [573, 573],
};
const AVERAGE = 560;

/** Width in millimetres of one line of text in Noto Sans at `sizePt`. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? table[code - 32]! : (EXTRA[char]?.[bold ? 1 : 0] ?? AVERAGE);
  }
  return (units / 1000) * sizePt * MM_PER_PT;
}

/** Breaks text into lines no wider than `widthMm`, at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, widthMm: number, sizePt: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, sizePt, bold) > widthMm) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Shortens text with an ellipsis until it fits `widthMm`. */
export function fitText(text: string, widthMm: number, sizePt: number, bold = false): string {
  if (textWidth(text, sizePt, bold) <= widthMm) return text;
  let cut = text.length;
  while (cut > 1 && textWidth(`${text.slice(0, cut).trimEnd()}…`, sizePt, bold) > widthMm) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}
