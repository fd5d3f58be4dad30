import type { Classification } from '../classify/classification';
import { IKP_2024_CLASSIFICATION } from '../editions/ikp-2024';
import { formatDate } from '../format/date';
import { formatNumber } from '../format/number';
import { kindOfCode } from '../regions/codes';
import { LEVEL_LABELS, REGION_KIND_LABEL } from '../regions/labels';
import type { RegionLevel } from '../regions/types';
import type { BriefingInput, BriefingLayer } from './types';

const LEVEL_TITLE: Record<RegionLevel, string> = { 1: 'Provinsi', 2: 'Kabupaten/Kota', 3: 'Kecamatan' };

/** The focus in words: "Provinsi Jawa Barat", "Kabupaten Bandung" (kab/kota names already carry their kind). */
export function focusName(focus: { kode: string; nama: string }): string {
  const kind = REGION_KIND_LABEL[kindOfCode(focus.kode)];
  return focus.nama.startsWith(kind) ? focus.nama : `${kind} ${focus.nama}`;
}

/** What the page shows: "Kabupaten/Kota di Provinsi Jawa Barat", "Kabupaten/Kota di Indonesia". */
export function areaPhrase(input: Pick<BriefingInput, 'layer' | 'focus'>): string {
  return `${LEVEL_TITLE[input.layer.level]} di ${input.focus ? focusName(input.focus) : 'Indonesia'}`;
}

/** Default title: the layer and the area, e.g. "Indeks … 2024 — Kabupaten/Kota di Provinsi Jawa Barat". */
export function defaultTitle(input: Pick<BriefingInput, 'layer' | 'focus'>): string {
  return `${input.layer.name} — ${areaPhrase(input)}`;
}

/** Default subtitle: how many regions the page shows and how many of them have a value. */
export function defaultSubtitle(input: Pick<BriefingInput, 'layer' | 'regions'>, noData: number): string {
  const shown = input.regions.length;
  const words = LEVEL_LABELS[input.layer.level];
  const missing = noData > 0 ? `, ${formatNumber(noData)} tanpa data` : ', semuanya bernilai';
  return `Kelas per ${words}: ${formatNumber(shown)} ${words} ditampilkan${missing}`;
}

/** "Sumber: Bawaslu RI, …; edisi 16 Desember 2022." — the line every printed map must carry. */
export function sourceLine(layer: BriefingLayer): string {
  const source = layer.source.trim() || 'tidak disebutkan';
  const edition = layer.editionDate ? `edisi ${formatDate(layer.editionDate)}` : 'tanggal edisi tidak disebutkan';
  return `Sumber: ${source}; ${edition}.`;
}

const sameCuts = (a: Classification, b: Classification) => JSON.stringify(a.breaks) === JSON.stringify(b.breaks);

/** How the classes were made, in words, so a reader knows whether they are official. */
export function methodLine(layer: BriefingLayer): string {
  const { classification, level } = layer;
  let method: string;
  if (classification.breaks.length === 0) method = 'kategori sebagaimana diterbitkan sumber (tanpa ambang skor)';
  else if (classification.classes.every((c) => c.key.startsWith('sepertiga')))
    method = 'sepertiga data — batas kelas pada tersil nilai yang diimpor, bukan kategori resmi';
  else if (level !== 3 && sameCuts(classification, IKP_2024_CLASSIFICATION[level]))
    method = 'ambang Bawaslu IKP 2024 (rerata nasional ± 1 simpangan baku); kategori terbitan dipakai bila ada';
  else method = 'ambang kelas yang tersimpan pada lapisan; kategori terbitan dipakai bila ada';
  return `Metode klasifikasi: ${method}.`;
}

/** "Dibuat dengan Waspada, 26 November 2026." */
export function producedLine(producedOn: string): string {
  return `Dibuat dengan Waspada, ${formatDate(producedOn)}.`;
}
