import type { LayerSummary } from '../api/types';
import { classingSentence } from '../classify/classing-sentence';
import { legendEntries } from '../classify/legend';
import { CREDITS } from '../credits';
import { editionOf } from '../editions/layer-edition';
import { formatDate, formatDateTime } from '../format/date';
import { formatNumber } from '../format/number';
import { LEVEL_LABELS } from '../regions/labels';
import { blockLayer, type WaspadaBlock, type WaspadaSheetMap } from '../workbook/waspada-block';
import { notesTable, type TableSpec } from './table';

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

/** "ambang …" → "Ambang …": a phrase made to stand as a cell of its own. */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + '.';

/** Rows of the metadata sheet: label and text, class boundaries written exactly as the legend writes them. */
export function metadataTable(facts: AnnexFacts): TableSpec {
  const { layer } = facts;
  const edition = editionOf(layer);
  const scale =
    layer.scaleMin !== null && layer.scaleMax !== null
      ? `${formatNumber(layer.scaleMin)}–${formatNumber(layer.scaleMax)}`
      : '—';
  const rows: [string, string][] = [
    ['Nama lapisan', layer.name],
    ['Edisi', layer.isDemo ? 'Data contoh — fiktif (bukan data resmi)' : edition.name || 'Lapisan sendiri'],
    ['Tanggal edisi', edition.publishedOn ? formatDate(edition.publishedOn) : '—'],
    ['Sumber', layer.source || '—'],
    ['Tingkat wilayah', LEVEL_LABELS[layer.level]],
    ['Cakupan', facts.provinceName ? `Provinsi ${facts.provinceName}` : 'Nasional'],
    ['Skala', scale],
    ['Metode klasifikasi', sentenceCase(classingSentence(layer))],
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
  return notesTable(METADATA_SHEET, rows);
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
    layer: blockLayer(layer, facts.presetId),
    sheets,
    template: null,
  };
}
