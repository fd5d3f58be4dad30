import { expect, type Locator, type Page } from '@playwright/test';

/** The main screen: map, search, layer panel, region panel. */
export class MapPage {
  readonly search: Locator;
  readonly results: Locator;
  readonly regionPanel: Locator;
  readonly tooltip: Locator;
  readonly legend: Locator;
  readonly requests: string[] = [];

  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {
    this.search = page.getByRole('combobox', { name: 'Cari wilayah' });
    this.results = page.getByRole('listbox', { name: 'Hasil pencarian wilayah' }).getByRole('option');
    this.regionPanel = page.locator('.region-panel');
    this.tooltip = page.getByRole('tooltip');
    this.legend = page.getByRole('region', { name: 'Legenda' });
    page.on('request', (request) => this.requests.push(request.url()));
  }

  /** Opens the app and waits until the map is drawn in colour. */
  async open(): Promise<void> {
    await this.page.goto(this.url);
    await expect(this.page.locator('body[data-map="coloured"]')).toBeAttached({ timeout: 30_000 });
  }

  /** Screen position of a region's label point (inside its largest island). */
  async pointOf(kode: string): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate((code) => window.__waspada!.screenPoint(code), kode);
    if (!point) throw new Error(`No label point for ${kode}`);
    return point;
  }

  /** Moves the pointer onto a region. */
  async hover(kode: string): Promise<void> {
    const { x, y } = await this.pointOf(kode);
    await this.page.mouse.move(x, y, { steps: 3 });
  }

  /** Clicks a region on the map. */
  async click(kode: string): Promise<void> {
    const { x, y } = await this.pointOf(kode);
    await this.page.mouse.click(x, y);
  }

  /** The fill colour state the map holds for a region (its class index, -1 for no data). */
  classOf(kode: string): Promise<number> {
    return this.page.evaluate(
      (code) => window.__waspada!.map.getFeatureState({ source: 'kabkota', id: code }).cls as number,
      kode,
    );
  }
}
