import { formatDateTime } from '../format/date';
import type { BlockReading, WaspadaBlock, WaspadaSheetMap } from '../workbook/waspada-block';
import { WASPADA_SHEET } from '../workbook/waspada-block';
import type { ImportOptions } from './types';

/** How a workbook Waspada wrote is read back: its block, the sheet taken, and the options that replace detection. */
export interface WaspadaPlan {
  block: WaspadaBlock;
  sheet: WaspadaSheetMap;
  options: ImportOptions;
  /** What the preview tells the analyst about the file. */
  message: string;
}

/** Options the analyst set explicitly win over those the block restores (a changed mapping, a new layer name). */
function merged(restored: ImportOptions, chosen: ImportOptions): ImportOptions {
  const explicit = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== undefined));
  return { ...restored, ...explicit };
}

/** "IKP 2024 — kabupaten/kota" plus what the collected copy is, so it never takes the issuing layer's name. */
function collectedName(block: WaspadaBlock): string {
  const what = block.template?.province.nama ? ` ${block.template.province.nama}` : '';
  return `${block.layer?.name ?? 'Lapisan'} — hasil pengumpulan${what}`;
}

/**
 * Reads an annex or a returned template the way it was written: its data sheet (or the one the analyst picked among
 * the block's sheets), the column mapping, the edition and level, all without a mapping step. Null when the file is
 * not Waspada's, the block is damaged, or the analyst chose a sheet the block does not describe.
 */
export function planWaspadaImport(reading: BlockReading, chosen: ImportOptions): WaspadaPlan | null {
  if (reading.status !== 'valid') return null;
  const { block } = reading;
  const sheet = chosen.sheet ? block.sheets.find((s) => s.name === chosen.sheet) : block.sheets[0];
  if (!sheet) return null;
  const layer = block.layer;
  const restored: ImportOptions = {
    sheet: sheet.name,
    kind: sheet.kind,
    mapping: [...sheet.mapping],
    vintage: 'current',
    decimal: '.',
    ...(sheet.kind === 'layer' && layer
      ? {
          presetId: layer.presetId,
          level: layer.level,
          layerName: block.kind === 'templat' ? collectedName(block) : layer.name,
        }
      : {}),
    // A report template lists kab/kota (its open rows name one from the province's list).
    ...(sheet.kind === 'reports' && block.template ? { level: 2 as const } : {}),
  };
  const made = `dibuat ${formatDateTime(new Date(block.producedAt))} oleh Waspada ${block.appVersion}`;
  const message =
    block.kind === 'lampiran'
      ? `Berkas ini lampiran Waspada (${made}). Lembar "${sheet.name}", pemetaan kolom, edisi dan klasifikasi ` +
        'dipulihkan dari penanda berkas; tidak perlu memetakan kolom.'
      : `Berkas ini templat pengumpulan Waspada untuk Provinsi ${block.template?.province.nama ?? '?'} (${made}). ` +
        'Kolom dikenali dari penanda berkas; tidak perlu memetakan kolom.';
  return { block, sheet, options: merged(restored, chosen), message };
}

/** What the preview says when the hidden block is there but cannot be trusted. */
export function damagedBlockMessage(reading: BlockReading): string | null {
  return reading.status === 'damaged'
    ? `Lembar tersembunyi "${WASPADA_SHEET}" di berkas ini rusak atau diubah, jadi berkas dibaca seperti buku kerja ` +
        'biasa. Periksa pemetaan kolom dan edisi sebelum menyimpan.'
    : null;
}

/** A layer's own row as an annex restores it (or a returned template derives it): where it came from, its scale. */
export interface RestoredLayerMeta {
  source: string;
  editionDate: string | null;
  scaleMin: number | null;
  scaleMax: number | null;
}

/** The layer row a Waspada file brings back: an annex's exactly, a template's with where the values were gathered. */
export function restoredLayerMeta(plan: WaspadaPlan, fileName: string): RestoredLayerMeta | null {
  const layer = plan.block.layer;
  if (!layer || plan.sheet.kind !== 'layer') return null;
  const template = plan.block.template;
  const source = template
    ? `Dikumpulkan dengan templat Waspada (Provinsi ${template.province.nama}, ${fileName})` +
      (layer.source ? ` · edisi: ${layer.source}` : '')
    : layer.source;
  return { source, editionDate: layer.editionDate, scaleMin: layer.scaleMin, scaleMax: layer.scaleMax };
}
