import { cellText, type GridCell } from './fields';

/** An edition the table names itself, and the words that named it (shown in the preview). */
export interface RecognizedEdition {
  editionId: string;
  evidence: string;
}

/** How products name themselves in titles, headers and source notes; first match wins (data, not logic). */
const SIGNS: readonly { editionId: string | ((year: string | null) => string); pattern: RegExp }[] = [
  { editionId: (year) => (year === '2019' ? 'ikp-2019' : 'ikp-2024'), pattern: /indeks\s+kerawanan\s+pemilu/i },
  { editionId: (year) => (year === '2019' ? 'ikp-2019' : 'ikp-2024'), pattern: /\b(nilai|skor|indeks)\s+ikp\b/i },
  { editionId: 'pemetaan-2024', pattern: /pemetaan\s+kerawanan\s+pemilihan/i },
  { editionId: 'tps-rawan', pattern: /\btps\s+rawan\b/i },
  { editionId: 'ipkp', pattern: /indeks\s+potensi\s+kerawanan\s+pilkada|\bipkp\b/i },
  {
    editionId: (year) => (year === '2019' ? 'ikp-2019' : 'ikp-2024'),
    pattern: /\bikp\b.*\bbawaslu\b|\bbawaslu\b.*\bikp\b/i,
  },
];

const TITLE_ROWS = 12;
const NOTE_ROWS = 15;

/**
 * The edition a table names: in its title rows, its column headers, or a source note under it ("Sumber: Bawaslu
 * RI, IKP 2024"). A year written beside an IKP title picks the IKP edition (2019 or 2024); nothing is guessed from
 * values alone. Returns null when the table names no known product.
 */
export function recognizeEdition(
  cells: readonly (readonly GridCell[])[],
  headers: readonly string[],
  dataStart: number,
): RecognizedEdition | null {
  const rows = [...cells.slice(0, Math.min(dataStart, TITLE_ROWS)), ...cells.slice(-NOTE_ROWS)];
  const texts = [...rows.map((row) => row.map(cellText).filter(Boolean).join(' ')), headers.join(' | ')].filter(
    Boolean,
  );
  for (const sign of SIGNS) {
    const text = texts.find((t) => sign.pattern.test(t));
    if (!text) continue;
    const year = /\b(2019|2024)\b/.exec(text)?.[1] ?? /\b(2019|2024)\b/.exec(texts.join(' '))?.[1] ?? null;
    const editionId = typeof sign.editionId === 'string' ? sign.editionId : sign.editionId(year);
    return { editionId, evidence: text.length > 120 ? `${text.slice(0, 117)}…` : text };
  }
  return null;
}
