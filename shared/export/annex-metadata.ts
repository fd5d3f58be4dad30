import type { LayerSummary } from '../api/types';
import { legendEntries } from '../classify/legend';
import { CREDITS } from '../credits';
import { findPreset, LAYER_PRESETS, type LayerPreset } from '../editions/presets';
import { formatDate, formatDateTime } from '../format/date';
import { formatNumber } from '../format/number';
import { LEVEL_LABELS } from '../regions/labels';
import type { WaspadaBlock, WaspadaSheetMap } from '../workbook/waspada-block';
import type { TableSpec } from './table';

/** Sheet name of the metadata. */
export const METADATA_SHEET = 'Metadata';

/** What the metadata sheet reports besides the layer itself. */
export interface AnnexFacts {
  layer: LayerSummary;
  presetId: string | null;
  /** Province the annex covers, or null for the whole country. */
  provinceName: string | null;
  valueCount: number;
  reportCount: number | null;
  /** Import batches the values came from: id and file. */
  batches: { id: number; fileName: string }[];
  producedAt: Date;
  appVersion: string;
}

/** How the classes were drawn, in words: published thresholds, published categories, or the data's terciles. */
export function classificationMethod(layer: LayerSummary, presetId: string | null): string {
  const { classification } = layer;
  // A layer without an import batch (the demo layer) may still wear an edition's cuts: name the edition then.
  const same = (p: LayerPreset) =>
    layer.level !== 3 && JSON.stringify(p.byLevel[layer.level]) === JSON.stringify(classification);
  const preset = presetId ? findPreset(presetId) : LAYER_PRESETS.find(same);
  const first = 'Kategori terbitan didahulukan; tanpa kategori, kelas mengikuti skor.';
  if (classification.breaks.length === 0)
    return 'Kategori terbitan saja (tanpa ambang angka): kelas mengikuti kategori yang ditulis sumber.';
  if (classification.classes.every((c) => c.key.startsWith('sepertiga')))
    return `Tersil data: batas kelas di sepertiga dan dua pertiga skor yang diimpor (bukan ambang resmi). ${first}`;
  if (preset && same(preset))
    return `Ambang terbitan ${preset!.name} untuk tingkat ${LEVEL_LABELS[layer.level]}. ${first}`;
  return `Ambang kelas yang ditetapkan untuk lapisan ini. ${first}`;
}

/** Rows of the metadata sheet: label and text, class boundaries written exactly as the legend writes them. */
export function metadataTable(facts: AnnexFacts): TableSpec {
  const { layer } = facts;
  const preset = facts.presetId ? findPreset(facts.presetId) : undefined;
  const scale =
    layer.scaleMin !== null && layer.scaleMax !== null
      ? `${formatNumber(layer.scaleMin)}–${formatNumber(layer.scaleMax)}`
      : '—';
  const rows: [string, string][] = [
    ['Nama lapisan', layer.name],
    ['Edisi', layer.isDemo ? 'Data contoh — fiktif (bukan data resmi)' : (preset?.name ?? 'Lapisan sendiri')],
    ['Tanggal edisi', layer.editionDate ? formatDate(layer.editionDate) : '—'],
    ['Sumber', layer.source || '—'],
    ['Tingkat wilayah', LEVEL_LABELS[layer.level]],
    ['Cakupan', facts.provinceName ? `Provinsi ${facts.provinceName}` : 'Nasional'],
    ['Skala', scale],
    ['Metode klasifikasi', classificationMethod(layer, facts.presetId)],
    ...legendEntries(layer.classification).map((e): [string, string] => [
      `Kelas ${e.label}`,
      e.range || 'menurut kategori terbitan',
    ]),
    ['Tidak ada data', 'Wilayah tanpa skor dan tanpa kategori: abu-abu, tidak dihitung dalam kelas mana pun.'],
    ['Jumlah nilai', formatNumber(facts.valueCount)],
    ...(facts.reportCount === null
      ? []
      : [['Jumlah laporan ATHG', formatNumber(facts.reportCount)] as [string, string]]),
    ['Batch impor', facts.batches.map((b) => `${b.id} (${b.fileName})`).join('; ') || '—'],
    ['Dibuat', formatDateTime(facts.producedAt)],
    ['Versi Waspada', facts.appVersion],
    [
      'Catatan',
      "Kode wilayah disimpan sebagai teks. Teks yang diawali = + - @, tab atau enter ditulis dengan tanda petik (') " +
        'di depannya agar tidak pernah dijalankan sebagai rumus. Tidak ada rumus di lembar data.',
    ],
    ['Penanda berkas', 'Lembar tersembunyi "_waspada" mengenali berkas ini saat diimpor kembali ke Waspada.'],
    ...CREDITS.map((c): [string, string] => [`Kredit: ${c.title} (${c.licence})`, c.text]),
  ];
  return {
    sheet: METADATA_SHEET,
    columns: [
      { header: 'Keterangan', kind: 'text', field: 'abaikan', width: 34 },
      { header: 'Isi', kind: 'text', field: 'abaikan', width: 100 },
    ],
    rows: rows.map((cells) => ({ cells })),
  };
}

/** The hidden block of an annex: the layer's edition and classes, and how each data sheet maps onto import fields. */
export function annexBlock(facts: AnnexFacts, sheets: WaspadaSheetMap[]): WaspadaBlock {
  const { layer } = facts;
  return {
    format: 'waspada',
    version: 1,
    kind: 'lampiran',
    producedAt: facts.producedAt.toISOString(),
    appVersion: facts.appVersion,
    layer: {
      id: layer.id,
      name: layer.name,
      level: layer.level,
      presetId: facts.presetId ?? 'custom',
      source: layer.source,
      editionDate: layer.editionDate,
      scaleMin: layer.scaleMin,
      scaleMax: layer.scaleMax,
      classification: layer.classification,
    },
    sheets,
    template: null,
  };
}
