import type { Classification } from '../classify/classification';
import { comparisonKey } from '../regions/normalize';
import type { CodeVintage, MatchResult, RegionMatcher } from '../regions/match/matcher';
import type { Region, RegionLevel } from '../regions/types';
import { detectDecimal, type DecimalMode } from '../workbook/values';
import { cellText, type FieldId, type GridCell, type ImportKind } from './fields';
import type { SheetLayout } from './layout';
import { hasProvincePrefix, isFootnoteRow, isTotalRow, numberingDepth, withoutProvincePrefix } from './row-shapes';
import { aliasKey, aliasLookup, type RememberedAlias } from './remembered-aliases';
import { readLayerValue, readReport } from './row-values';
import type { InterpretedSheet, LayerRow, ReportRow, RowIssue, UnsettledRegion } from './types';
import { detectLevel, detectVintage } from './detect-level';

/** What interpretRows needs besides the grid. */
export interface InterpretContext {
  kind: ImportKind;
  mapping: readonly FieldId[];
  matcher: RegionMatcher;
  regions: readonly Region[];
  /** The analyst's earlier answers (the region_aliases table). */
  remembered: readonly RememberedAlias[];
  classification: Classification | null;
  /** The edition's scale (IKP: 0–100); a score outside it is flagged. */
  scale?: { min: number | null; max: number | null };
  level?: RegionLevel;
  vintage?: CodeVintage;
  decimal?: DecimalMode;
  date1904: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Told of every row whose region matched (for `regions match`, which lists matched rows too). */
  onMatched?: (row: number, input: string, kode: string) => void;
}

/**
 * Reads the data rows of a sheet into values ready to store, skipping what is not data (blank, total, province
 * subtotal, footnote and repeated header rows) and listing every row it could not use, with the reason. Ambiguous
 * and unmatched regions are listed with candidates; nothing is guessed.
 */
export function interpretRows(
  grid: readonly (readonly GridCell[])[],
  layout: SheetLayout,
  context: InterpretContext,
): InterpretedSheet {
  // Column of each field, looked up once: this runs for every cell of 100,000-row report lists.
  const columns = new Map<FieldId, number>();
  context.mapping.forEach((field, c) => columns.has(field) || columns.set(field, c));
  const column = (field: FieldId) => columns.get(field) ?? -1;
  const text = (row: readonly GridCell[], field: FieldId) => {
    const c = columns.get(field);
    return c === undefined ? '' : cellText(row[c]);
  };
  const indicatorColumns = context.mapping.flatMap((field, c) => (field === 'indikator' ? [c] : []));
  const dataRows = grid.slice(layout.dataStart);
  const level = context.level ?? detectLevel(dataRows, context);
  const vintage = context.vintage ?? detectVintage(dataRows, context) ?? undefined;
  const decimal = context.decimal ?? detectDecimal(dataRows.map((row) => text(row, 'skor'))) ?? 'auto';
  const byKode = new Map(context.regions.map((r) => [r.kode, r]));
  const rememberedKode = aliasLookup(context.remembered);
  const headerKey = layout.headers.map((h) => h.toLowerCase()).join('|');
  const firstHeader = (layout.headers[0] ?? '').toLowerCase();

  const issues: RowIssue[] = [];
  const layerRows: LayerRow[] = [];
  const reportRows: ReportRow[] = [];
  const ambiguous: UnsettledRegion[] = [];
  const unmatched: UnsettledRegion[] = [];
  const seen = new Map<string, number>();
  let matched = 0;
  let read = 0;
  let skipped = 0;
  let contextProvince: string | null = null;
  let provinceAbove: string | null = null;
  let inFootnotes = false;
  const readAsThousands: string[] = [];
  // Agency tables repeat the same few hundred region spellings; match each spelling once.
  const matchCache = new Map<string, MatchResult>();
  const provinceRowCache = new Map<string, boolean>();

  const skip = (row: number, message: string) => {
    skipped += 1;
    issues.push({ row, severity: 'info', message });
  };
  const fail = (row: number, message: string, extra: Partial<RowIssue> = {}) =>
    issues.push({ row, severity: 'error', message, ...extra });
  const warn = (row: number, message: string) => issues.push({ row, severity: 'warning', message });

  dataRows.forEach((cells, index) => {
    const row = layout.dataStart + index + 1;
    if (index % 2000 === 0) context.onProgress?.(index, dataRows.length);
    const texts = cells.map(cellText);
    if (texts.every((t) => !t)) return;
    read += 1;
    if (inFootnotes || isFootnoteRow(texts)) {
      inFootnotes = true;
      return skip(row, 'Catatan di bawah tabel, dilewati.');
    }
    const repeatsHeader =
      (texts[0] ?? '').toLowerCase() === firstHeader && texts.map((t) => t.toLowerCase()).join('|') === headerKey;
    if (repeatsHeader) return skip(row, 'Judul kolom yang diulang, dilewati.');
    // A kecamatan table with a kab/kota column is matched at the kab/kota first, then the kecamatan within it:
    // kecamatan names repeat across Indonesia (three "Cisarua" in Jawa Barat alone).
    const kecamatanText = text(cells, 'kecamatan');
    const viaKabkota = level === 3 && !!text(cells, 'kabkota');
    const name =
      (level === 3 && !viaKabkota ? kecamatanText : text(cells, 'kabkota')) ||
      text(cells, 'wilayah') ||
      (level === 1 ? text(cells, 'provinsi') : '');
    // A text copied into the code column by a merged total row is not a code.
    const rawCode = codeText(column('kode') < 0 ? undefined : cells[column('kode')]);
    const code = /^[\d.\s]+$/.test(rawCode) ? rawCode : '';
    const provinceText = level === 1 ? '' : text(cells, 'provinsi');
    const numbering = text(cells, 'nomor');
    if (!code && isTotalRow([name, numbering, texts.find(Boolean) ?? '']))
      return skip(row, 'Baris jumlah/total, dilewati.');

    const shapeKey = `${name}|${code}|${provinceText}|${numberingDepth(numbering)}|${contextProvince}`;
    let provinceRow = provinceRowCache.get(shapeKey);
    if (provinceRow === undefined) {
      provinceRow = level > 1 && isProvinceRow(name, code, provinceText, numbering, contextProvince, context.matcher);
      provinceRowCache.set(shapeKey, provinceRow);
    }
    if (provinceRow) {
      contextProvince = withoutProvincePrefix(name) || contextProvince;
      // A new province heading ends the group a province cell above spoke for.
      provinceAbove = null;
      return skip(
        row,
        `Baris provinsi ${name || code} (subtotal), dilewati; dipakai sebagai konteks provinsi baris di bawahnya.`,
      );
    }
    if (!name && !code) return fail(row, 'Tidak ada nama atau kode wilayah di baris ini.');

    // A province column filled only on the first row of each group (the rest left blank) still speaks for the group.
    if (provinceText) provinceAbove = provinceText;
    const province = provinceText || provinceAbove || contextProvince;
    const matchLevel: RegionLevel = viaKabkota ? 2 : level;
    const cacheKey = `${name}|${code}|${province ?? ''}|${viaKabkota}`;
    let result = matchCache.get(cacheKey);
    if (!result) {
      const remembered = name ? rememberedKode(aliasKey(name, province, matchLevel)) : undefined;
      result =
        remembered && byKode.has(remembered)
          ? { status: 'matched', kode: remembered, candidates: [], reason: 'pilihan analis sebelumnya' }
          : unsplitPapua(
              context.matcher.match({
                name: name || undefined,
                code: code || undefined,
                province: province ?? undefined,
                level: matchLevel,
                vintage,
              }),
              matchLevel,
              vintage,
              byKode,
            );
      matchCache.set(cacheKey, result);
    }
    const input = [code, name].filter(Boolean).join(' ');
    if (result.status !== 'matched' || !result.kode) {
      const entry = {
        row,
        input,
        name: name || null,
        province,
        level: matchLevel,
        reason: result.reason,
        candidates: result.candidates,
      };
      (result.status === 'ambiguous' ? ambiguous : unmatched).push(entry);
      const what = result.status === 'ambiguous' ? 'Wilayah ambigu' : 'Wilayah tidak dikenali';
      const reason = result.reason.replace(/[.\s]+$/, '');
      return fail(
        row,
        `${what}: "${input}"${province ? ` (${province})` : ''} — ${reason}. Pilih wilayah yang dimaksud.`,
        { input, candidates: result.candidates },
      );
    }
    let kode = result.kode;
    if (kecamatanText && byKode.get(kode)?.level === 2) {
      const kecamatan = findChild(context.regions, kode, kecamatanText);
      if (kecamatan) kode = kecamatan.kode;
      else if (context.kind === 'reports')
        warn(
          row,
          `Kecamatan "${kecamatanText}" tidak ditemukan di ${byKode.get(kode)?.nama}; laporan dicatat di tingkat ` +
            `kabupaten/kota.`,
        );
      else {
        const reason = `kecamatan "${kecamatanText}" tidak ditemukan di ${byKode.get(kode)?.nama}`;
        unmatched.push({
          row,
          input: `${name} / ${kecamatanText}`,
          name: kecamatanText,
          province,
          level: 3,
          reason,
          candidates: [],
        });
        return fail(
          row,
          `Kecamatan "${kecamatanText}" tidak ditemukan di ${byKode.get(kode)?.nama}. Periksa ejaannya.`,
        );
      }
    } else if (level === 3 && context.kind === 'layer' && byKode.get(kode)?.level !== 3) {
      return fail(row, `Baris ini tidak menyebut kecamatan; lapisan tingkat kecamatan butuh nama kecamatan.`);
    }
    const region = byKode.get(kode)!;
    matched += 1;
    context.onMatched?.(row, input, kode);

    if (context.kind === 'reports') {
      const report = readReport(cells, row, region, context, text, warn);
      if (report) reportRows.push(report);
      else fail(row, 'Laporan tanpa tanggal dan tanpa uraian tidak disimpan.');
      return;
    }
    if (seen.has(kode))
      return fail(
        row,
        `${region.nama} sudah ada di baris ${seen.get(kode)}; baris ini tidak disimpan. Periksa baris ganda di berkas.`,
      );
    seen.set(kode, row);
    const layerRow = readLayerValue(
      cells,
      row,
      region,
      {
        column,
        text,
        indicatorColumns,
        headers: layout.headers,
        decimal,
        classification: context.classification,
        scale: context.scale,
        readAsThousands,
      },
      warn,
      fail,
    );
    if (layerRow) layerRows.push(layerRow);
  });
  context.onProgress?.(dataRows.length, dataRows.length);

  const errors = issues.filter((i) => i.severity === 'error').length;
  const stored = context.kind === 'reports' ? reportRows.length : layerRows.length;
  return {
    kind: context.kind,
    level,
    vintage: vintage ?? null,
    layerRows,
    reportRows,
    issues,
    rows: { read, stored, skipped, errors },
    regions: { matched, ambiguous, unmatched },
    matches: [],
    notes:
      readAsThousands.length === 0
        ? []
        : [
            `${readAsThousands.length} skor ditulis seperti "${readAsThousands[0]}" dan dibaca dengan titik ` +
              `sebagai pemisah ribuan (kebiasaan Indonesia). ` +
              'Bila titik di berkas ini adalah tanda desimal, pilih "Tanda desimal: titik" di pengaturan impor.',
          ],
  };
}

/**
 * A code cell as text. Excel stores a typed "11.10" as the number 11.1; a dotted code always has two digits after
 * each dot, so a number with one or two decimals is written back with two ("11.10"), which is exact, not a guess.
 */
function codeText(cell: GridCell | undefined): string {
  if (cell?.kind !== 'number' || Number.isInteger(cell.value)) return cellText(cell);
  const hundredths = Math.round(cell.value * 100);
  return Math.abs(cell.value * 100 - hundredths) < 1e-9 ? (hundredths / 100).toFixed(2) : cellText(cell);
}

/** Today's provinces that were one province before the 2022 split. */
const PAPUA_SUCCESSORS: Record<string, string[]> = { '91': ['91', '93', '94', '95'], '92': ['92', '96'] };

/**
 * A province-level value for Papua or Papua Barat from a table not known to follow today's 38 provinces belonged to
 * the undivided province: joining it to today's smaller Papua would be a guess (DOMAIN.md), so it is flagged.
 */
function unsplitPapua(
  result: MatchResult,
  level: RegionLevel,
  vintage: CodeVintage | undefined,
  byKode: ReadonlyMap<string, Region>,
): MatchResult {
  if (
    level !== 1 ||
    vintage === 'current' ||
    result.status !== 'matched' ||
    !result.kode ||
    !PAPUA_SUCCESSORS[result.kode]
  )
    return result;
  const candidates = PAPUA_SUCCESSORS[result.kode]!.flatMap((kode) => {
    const region = byKode.get(kode);
    return region ? [{ kode, nama: region.nama, provinsi: region.nama }] : [];
  });
  return {
    status: 'ambiguous',
    kode: null,
    candidates,
    reason:
      `sebelum pemekaran 2022 provinsi ini mencakup ${candidates.map((c) => c.nama).join(', ')}; tabel ini ` +
      `tidak menyebut provinsi baru itu, jadi nilainya tidak dapat ditempatkan pada satu provinsi sekarang`,
  };
}

/** A province heading inside a kab/kota table: prefixed, 2-digit code, top-level numbering, or a new province name. */
function isProvinceRow(
  name: string,
  code: string,
  provinceText: string,
  numbering: string,
  contextProvince: string | null,
  matcher: RegionMatcher,
): boolean {
  if (hasProvincePrefix(name)) return true;
  if (/^\d{2}$/.test(code.trim())) return true;
  if (code) return false;
  if (!name) return false;
  const asProvince = matcher.match({ name, level: 1, candidates: false });
  if (asProvince.status !== 'matched') return false;
  if (numberingDepth(numbering) === 1) return true;
  const sameAsColumn = !provinceText || comparisonKey(provinceText) === comparisonKey(name);
  const newProvince = !contextProvince || comparisonKey(contextProvince) !== comparisonKey(name);
  return sameAsColumn && newProvince && matcher.match({ name, level: 2, candidates: false }).status !== 'matched';
}

function findChild(regions: readonly Region[], parent: string, name: string): Region | undefined {
  const key = comparisonKey(name.replace(/^(kec\.?|kecamatan)\s+/i, ''));
  const found = regions.filter((r) => r.induk === parent && comparisonKey(r.nama) === key);
  return found.length === 1 ? found[0] : undefined;
}
