import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { formatDateTime } from '../../../shared/format/date';
import type { Classification } from '../../../shared/classify/classification';
import { detectLevel } from '../../../shared/import/detect-level';
import { guessKind } from '../../../shared/import/layout';
import { interpretRows } from '../../../shared/import/interpret';
import { classificationFor, findPreset, LAYER_PRESETS } from '../../../shared/editions/presets';
import { groupSkipped, type ImportPreview, type ImportProgress } from '../../../shared/import/preview';
import type { ImportOptions, InterpretedSheet } from '../../../shared/import/types';
import type { RememberedAlias } from '../../../shared/import/remembered-aliases';
import type { RegionMatcher } from '../../../shared/regions/match/matcher';
import type { Region } from '../../../shared/regions/types';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import { readBlock } from '../../../shared/workbook/waspada-block';
import {
  damagedBlockMessage,
  planWaspadaImport,
  restoredLayerMeta,
  type RestoredLayerMeta,
} from '../../../shared/import/waspada-file';
import { applyWaspadaRows } from '../../../shared/import/waspada-rows';
import type { MergeFile } from '../../../shared/import/merge';
import { readWorkbook } from '../workbook/read-workbook';
import { proposedPreset } from './proposed-preset';
import { chooseSheet } from './choose-sheet';

const PREVIEW_ISSUES = 500;
const PREVIEW_REGIONS = 200;
const SAMPLE_ROWS = 25;

function emptySheet(kind: InterpretedSheet['kind'], level: InterpretedSheet['level']): InterpretedSheet {
  return {
    kind,
    level,
    vintage: null,
    layerRows: [],
    reportRows: [],
    issues: [],
    rows: { read: 0, stored: 0, skipped: 0, errors: 0 },
    regions: { matched: 0, ambiguous: [], unmatched: [] },
    notes: [],
    matches: [],
  };
}

/** Fingerprint of a file's bytes, to recognise the same file imported twice. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What the import needs from the store, read once per import. */
export interface ImportDeps {
  regions: readonly Region[];
  matcher: RegionMatcher;
  remembered: readonly RememberedAlias[];
  findDuplicate(sha256: string): { batchId: number; createdAt: string } | null;
}

/** A fully read import: the preview plus every row, held until the analyst commits or discards it. */
export interface PreparedImport {
  preview: Omit<ImportPreview, 'jobId'>;
  interpreted: InterpretedSheet;
  options: ImportOptions;
  presetId: string;
  classification: Classification;
  /** The layer row an annex or a returned template restores (source, edition date, scale), else derived at commit. */
  layerMeta?: RestoredLayerMeta | null;
  /** The collection template the file was issued as (its id, province and layer), or null. */
  template?: MergeFile['template'];
  /** The files a merged import was read from, kept in the batch's settings. */
  sources?: { fileName: string; sha256: string; rows: number }[];
}

/** Reads a workbook and interprets its table; writes nothing. Throws ApiError (WORKBOOK_*) for files it refuses. */
export function prepareImport(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  deps: ImportDeps,
  onProgress: (progress: ImportProgress) => void = () => {},
  sha256: string = sha256Of(bytes),
): PreparedImport {
  onProgress({ phase: 'membaca', done: 0, total: 1 });
  const workbook = readWorkbook(bytes, fileName);
  // A file Waspada wrote (annex, collection template) says how to read itself: no detection, no mapping step.
  const block = readBlock(workbook.sheets);
  const plan = planWaspadaImport(block, options);
  if (plan) options = plan.options;
  onProgress({ phase: 'menata', done: 0, total: 1 });
  const choice = chooseSheet(workbook.sheets, options.sheet);
  if (!choice) {
    const names = workbook.sheets.map((s) => `"${s.name}"`).join(', ');
    throw new ApiError(
      'INVALID_INPUT',
      `Lembar "${options.sheet}" tidak ada di ${fileName}. Lembar yang ada: ${names}.`,
    );
  }
  const mapping = options.mapping && options.mapping.length > 0 ? [...options.mapping] : choice.mapping;
  const kind = options.kind ?? guessKind(mapping);
  const proposal = options.presetId ? null : proposedPreset(choice.sheet.cells, choice.layout);
  const presetId = options.presetId ?? proposal?.editionId ?? 'custom';
  const preset = findPreset(presetId);
  if (!preset)
    throw new ApiError(
      'INVALID_INPUT',
      `Preset "${presetId}" tidak dikenal. Pilihan: ${LAYER_PRESETS.map((p) => p.id).join(', ')}.`,
    );
  const hasRegionColumn = mapping.some(
    (f) => f === 'kode' || f === 'wilayah' || f === 'kabkota' || f === 'provinsi' || f === 'kecamatan',
  );

  // Level first (cheap), so published categories can be checked against that level's thresholds in one pass.
  const total = choice.sheet.cells.length - choice.layout.dataStart;
  const level =
    options.level ??
    detectLevel(choice.sheet.cells.slice(choice.layout.dataStart), { mapping, matcher: deps.matcher, kind });
  const matches: InterpretedSheet['matches'] = [];
  // Without a region column nothing can be matched, but the analyst still gets the preview to mark one.
  let final = !hasRegionColumn
    ? emptySheet(kind, level)
    : interpretRows(choice.sheet.cells, choice.layout, {
        kind,
        mapping,
        matcher: deps.matcher,
        regions: deps.regions,
        remembered: deps.remembered,
        classification: level === 3 ? null : (preset.byLevel[level] ?? preset.categoriesOnly),
        scale: { min: preset.scaleMin, max: preset.scaleMax },
        level,
        vintage: options.vintage,
        papua: options.papua,
        decimal: options.decimal,
        date1904: workbook.date1904,
        onProgress: (done) => onProgress({ phase: 'mencocokkan', done, total }),
        onMatched: options.listMatches ? (row, input, kode) => matches.push({ row, input, kode }) : undefined,
      });
  const waspada =
    plan && hasRegionColumn ? applyWaspadaRows(plan, choice.sheet.cells, choice.layout.dataStart, final) : null;
  if (waspada) final = waspada.sheet;
  final.matches = matches;
  const classification =
    plan?.block.layer && plan.sheet.kind === 'layer'
      ? plan.block.layer.classification
      : classificationFor(
          preset,
          final.level,
          final.layerRows.flatMap((r) => (r.value === null ? [] : [r.value])),
          final.layerRows.flatMap((r) => (r.category === null ? [] : [r.category])),
        );

  const messages = [
    ...(plan ? [plan.message] : []),
    ...[damagedBlockMessage(block)].filter((m): m is string => m !== null),
    ...(waspada?.messages ?? []),
    ...workbook.warnings.map((w) => w.message),
    ...final.notes,
  ];
  if (proposal) messages.push(proposal.message);
  if (!hasRegionColumn)
    messages.push(
      `Tidak ditemukan kolom wilayah (kode atau nama) di lembar "${choice.sheet.name}". Tandai kolom wilayah di ` +
        `pemetaan kolom, atau pilih lembar lain.`,
    );
  const duplicateOf = deps.findDuplicate(sha256);
  if (duplicateOf)
    messages.push(
      `Berkas yang sama persis sudah diimpor sebagai batch ${duplicateOf.batchId} ` +
        `(${formatDateTime(new Date(duplicateOf.createdAt))}). ` +
        'Batalkan batch itu dulu, atau impor ulang dengan sengaja.',
    );
  // Only a code in Papua's ranges reads two ways; names alone never raise this question.
  const papuaCode = (a: { input: string; candidates: { kode: string }[] }) =>
    /^\d/.test(a.input) && a.candidates.some((c) => /^9[1-6]/.test(c.kode));
  if (final.vintage === null && [...final.regions.ambiguous, ...final.regions.unmatched].some(papuaCode)) {
    messages.push(
      'Beberapa kode Papua dapat dibaca menurut kode lama (sebelum pemekaran 2022) atau kode sekarang. Tentukan ' +
        'tahun kode berkas ini.',
    );
  }
  if (final.rows.stored === 0 && hasRegionColumn)
    messages.push('Tidak ada baris yang dapat disimpan dari lembar ini. Periksa pemetaan kolom dan daftar galat.');
  onProgress({ phase: 'selesai', done: total, total });

  const rows = kind === 'reports' ? final.reportRows : final.layerRows;
  return {
    interpreted: final,
    options,
    presetId,
    classification,
    layerMeta: plan ? restoredLayerMeta(plan, fileName) : null,
    template: plan?.block.template
      ? {
          id: plan.block.template.id,
          province: plan.block.template.province.nama,
          layerId: plan.block.layer?.id ?? null,
        }
      : null,
    preview: {
      fileName,
      sha256,
      format: workbook.format,
      sheets: workbook.sheets.map((s) => ({ name: s.name, rows: s.rowCount, hidden: s.hidden })),
      sheet: choice.sheet.name,
      kind,
      level: final.level,
      vintage: final.vintage,
      presetId,
      layerName:
        options.layerName ??
        `${presetId === 'custom' ? fileName.replace(/\.[^.]+$/, '') : preset.name} — ${LEVEL_LABELS[final.level]}`,
      headers: choice.layout.headers,
      mapping,
      headerRow: choice.layout.headerStart + 1,
      dataStartRow: choice.layout.dataStart + 1,
      sample: rows.slice(0, SAMPLE_ROWS),
      rows: final.rows,
      skipped: groupSkipped(final.issues),
      regions: {
        matched: final.regions.matched,
        ambiguous: final.regions.ambiguous.slice(0, PREVIEW_REGIONS),
        unmatched: final.regions.unmatched.slice(0, PREVIEW_REGIONS),
        ambiguousTotal: final.regions.ambiguous.length,
        unmatchedTotal: final.regions.unmatched.length,
      },
      issues: final.issues.filter((i) => i.severity !== 'info').slice(0, PREVIEW_ISSUES),
      issueCount: final.issues.length,
      messages,
      hasRegionColumn,
      duplicateOf,
    },
  };
}
