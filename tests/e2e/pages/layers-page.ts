import type { Locator, Page } from '@playwright/test';
import type { ShellProcess } from '../../../scripts/lib/shell-process';
import { callApi, importLayer } from '../api';

/** The layer tools beside the map: classes, properties, focus, comparison, ranking, presentation. */
export class LayerTools {
  readonly focus: Locator;
  readonly compareWith: Locator;
  readonly ranking: Locator;
  readonly classEditor: Locator;

  constructor(readonly page: Page) {
    this.focus = page.getByLabel('Fokus provinsi');
    this.compareWith = page.getByLabel('Bandingkan dengan');
    this.ranking = page.getByRole('complementary', { name: 'Tabel peringkat' });
    this.classEditor = page.locator('dialog.class-editor');
  }

  /** Opens the classification editor of the layer named `name`. */
  async openClasses(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Kelas ${name}`, exact: true }).click();
  }
}

/**
 * Imports an IKP-style kab/kota table through the API: a title naming the product (so the edition is recognised),
 * every kab/kota with a score from `score`, and a published category only where `category` gives one.
 */
export async function importIkpTable(
  shell: ShellProcess,
  name: string,
  score: (index: number, kode: string) => number,
  category: (kode: string) => string = () => '',
  options: Record<string, unknown> = {},
): Promise<string> {
  const regions = await callApi<{ kode: string }[]>(shell, 'regions.list', { level: 2 });
  const lines = [
    'Indeks Kerawanan Pemilu (IKP) 2024',
    'Kode Wilayah;Skor;Kategori',
    ...regions.map((r, i) => `${r.kode};${String(score(i, r.kode)).replace('.', ',')};${category(r.kode)}`),
    'Sumber: Bawaslu RI',
  ];
  return importLayer(shell, `${name}.csv`, new TextEncoder().encode(lines.join('\n')), { layerName: name, ...options });
}
