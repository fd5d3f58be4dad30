import type { Classification } from '../classify/classification';
import { comparisonKey } from '../regions/normalize';
import { cachedMatcher } from '../regions/match/cached-matcher';
import type { CodeVintage, MatchResult, RegionMatcher } from '../regions/match/matcher';
import type { Region, RegionLevel } from '../regions/types';
import { detectDecimal, type DecimalMode } from '../workbook/values';
import { cellText, type FieldId, type GridCell, type ImportKind } from './fields';
import type { SheetLayout } from './layout';
import { isProvinceHeading, matchInContext, type RowRegion } from './province-context';
import { hasProvincePrefix, isFootnoteRow, isTotalRow, withoutProvincePrefix } from './row-shapes';
import { aliasKey, aliasLookup, type RememberedAlias } from './remembered-aliases';
import { codeText, readLayerValue, readReport } from './row-values';
import { papuaSplitOf, papuaTargets, unsplitPapua } from './papua-split';
import type { InterpretedSheet, LayerRow, ReportRow, RowIssue, SkipReason, UnsettledRegion } from './types';
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
  /** Where an undivided Papua / Papua Barat value goes (the analyst's choice for a 34-province table). */
  papua?: Partial<Record<'91' | '92', string>>;
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
  const matchCache = new Map<string, { result: MatchResult; warning?: string | null }>();
  const matcher = cachedMatcher(context.matcher);
  const matchLevelOf = (viaKabkota: boolean): RegionLevel => (viaKabkota ? 2 : level);
  const valueColumns = context.mapping.flatMap((field, c) => (VALUE_FIELDS.has(field) ? [c] : []));
  // A heading merged across the table copies its name into the value columns: copies are not values.
  const hasValues = (cells: readonly GridCell[]) => valueColumns.some((c) => !cells[c]?.merged && cellText(cells[c]));

  /** The region cells of a row. A kecamatan table with a kab/kota column is matched at the kab/kota first, then
   * the kecamatan within it: kecamatan names repeat across Indonesia (three "Cisarua" in Jawa Barat alone). */
  const regionCells = (cells: readonly GridCell[]) => {
    const kecamatanText = text(cells, 'kecamatan');
    const viaKabkota = level === 3 && !!text(cells, 'kabkota');
    const name =
      (level === 3 && !viaKabkota ? kecamatanText : text(cells, 'kabkota')) ||
      text(cells, 'wilayah') ||
      (level === 1 ? text(cells, 'provinsi') : '');
    // A text copied into the code column by a merged total row is not a code.
    const rawCode = codeText(column('kode') < 0 ? undefined : cells[column('kode')]);
    const code = /^[\d.\s]+$/.test(rawCode) ? rawCode : '';
    const province = level === 1 ? '' : text(cells, 'provinsi');
    return { name, code, province, numbering: text(cells, 'nomor'), kecamatanText, viaKabkota };
  };
  /** The next few data rows under a row, up to a total, a note or the next province name: what a heading spans. */
  const rowsBelow = (index: number): RowRegion[] => {
    const below: RowRegion[] = [];
    for (let next = index + 1; next < dataRows.length && below.length < HEADING_LOOKAHEAD; next++) {
      const texts = dataRows[next]!.map(cellText);
      if (texts.every((t) => !t)) continue;
      if (isFootnoteRow(texts) || isTotalRow(texts)) break;
      const { name, code, province, numbering } = regionCells(dataRows[next]!);
      if (hasProvincePrefix(name) || matcher.match({ name, level: 1, candidates: false }).status === 'matched') break;
      below.push({ name, code, province, numbering, hasValues: hasValues(dataRows[next]!) });
    }
    return below;
  };

  const layerColumns = {
    column,
    text,
    indicatorColumns,
    headers: layout.headers,
    decimal,
    classification: context.classification,
    scale: context.scale,
    readAsThousands,
  };

  const skip = (row: number, reason: SkipReason, message: string) => {
    skipped += 1;
    issues.push({ row, severity: 'info', message, skipped: reason });
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
      return skip(row, 'catatan', 'Catatan di bawah tabel, dilewati.');
    }
    const repeatsHeader =
      (texts[0] ?? '').toLowerCase() === firstHeader && texts.map((t) => t.toLowerCase()).join('|') === headerKey;
    if (repeatsHeader) return skip(row, 'judul', 'Judul kolom yang diulang, dilewati.');
    const { name, code, province: provinceText, numbering, kecamatanText, viaKabkota } = regionCells(cells);
    if (!code && isTotalRow([name, numbering, texts.find(Boolean) ?? '']))
      return skip(row, 'total', 'Baris jumlah/total, dilewati.');

    const cellsRegion = { name, code, province: provinceText, numbering, hasValues: hasValues(cells) };
    const headingContext = { matcher, level: matchLevelOf(viaKabkota), vintage, contextProvince };
    if (level > 1 && isProvinceHeading(cellsRegion, () => rowsBelow(index), headingContext)) {
      contextProvince = withoutProvincePrefix(name || provinceText) || contextProvince;
      // A new province heading ends the group a province cell above spoke for.
      provinceAbove = null;
      return skip(
        row,
        'provinsi',
        `Baris provinsi ${name || provinceText || code} (subtotal), dilewati; dipakai sebagai konteks provinsi ` +
          'baris di bawahnya.',
      );
    }
    if (!name && !code) return fail(row, 'Tidak ada nama atau kode wilayah di baris ini.');

    // A province column filled only on the first row of each group (the rest left blank) still speaks for the group.
    if (provinceText) provinceAbove = provinceText;
    const inherited = provinceText ? null : provinceAbove || contextProvince;
    const province = provinceText || inherited;
    const matchLevel = matchLevelOf(viaKabkota);
    const cacheKey = `${name}|${code}|${provinceText}|${inherited ?? ''}|${viaKabkota}`;
    let found = matchCache.get(cacheKey);
    if (!found) {
      const remembered = name ? rememberedKode(aliasKey(name, province, matchLevel)) : undefined;
      const input = { name: name || undefined, code: code || undefined, level: matchLevel, vintage };
      found =
        remembered && byKode.has(remembered)
          ? { result: { status: 'matched', kode: remembered, candidates: [], reason: 'pilihan analis sebelumnya' } }
          : matchInContext(matcher, { ...input, province: provinceText || undefined }, inherited);
      found = { ...found, result: unsplitPapua(found.result, matchLevel, vintage, byKode) };
      matchCache.set(cacheKey, found);
    }
    const { result } = found;
    if (found.warning) warn(row, found.warning);
    const split = context.kind === 'layer' ? papuaSplitOf(result) : null;
    const papuaChoice = split ? context.papua?.[split.from] : undefined;
    if (split && papuaChoice) {
      const targets = papuaTargets(split, papuaChoice).filter((t) => byKode.has(t.kode) && !seen.has(t.kode));
      if (targets.length === 0)
        return warn(row, `Nilai Provinsi ${split.nama} (sebelum 2022) tidak ditempatkan, sesuai pilihan analis.`);
      matched += 1;
      for (const target of targets) {
        seen.set(target.kode, row);
        const placed = readLayerValue(cells, row, byKode.get(target.kode)!, layerColumns, warn, fail);
        if (placed) layerRows.push(target.inheritedFrom ? { ...placed, inheritedFrom: target.inheritedFrom } : placed);
      }
      return;
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
    const layerRow = readLayerValue(cells, row, region, layerColumns, warn, fail);
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

/** Fields whose cells hold values: a row with any of them filled is data or a subtotal, not a bare heading. */
const VALUE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([
  'skor',
  'kategori',
  'indikator',
  'tanggal',
  'jenis',
  'uraian',
  'sumber',
]);
/** Rows under a province-name row looked at to decide whether it heads them. */
const HEADING_LOOKAHEAD = 3;

function findChild(regions: readonly Region[], parent: string, name: string): Region | undefined {
  const key = comparisonKey(name.replace(/^(kec\.?|kecamatan)\s+/i, ''));
  const found = regions.filter((r) => r.induk === parent && comparisonKey(r.nama) === key);
  return found.length === 1 ? found[0] : undefined;
}
