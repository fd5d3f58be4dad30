import { expect, type Locator, type Page } from '@playwright/test';
import { withTestHooks } from '../../../scripts/lib/test-hooks';

/** The main screen: map, search, layer panel, region panel. */
export class MapPage {
  readonly search: Locator;
  readonly results: Locator;
  readonly regionPanel: Locator;
  readonly tooltip: Locator;
  readonly legend: Locator;
  readonly layerPanel: Locator;
  /** MapLibre's canvas: it takes the keyboard (arrows, +/-) and focus returns to it. */
  readonly canvas: Locator;
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
    this.layerPanel = page.getByRole('complementary', { name: 'Lapisan dan legenda' });
    this.canvas = page.getByRole('region', { name: 'Peta', exact: true });
    page.on('request', (request) => this.requests.push(request.url()));
  }

  /** Opens the app with its test hooks (`?test-hooks`) and, unless told not to, waits for the coloured map. */
  async open({ waitForMap = true } = {}): Promise<void> {
    await this.page.goto(withTestHooks(this.url));
    if (!waitForMap) return;
    await expect(this.page.locator('body[data-map="coloured"]')).toBeAttached({ timeout: 30_000 });
    await this.page.waitForFunction(() => window.__waspada !== undefined);
  }

  /** Screen position of a region's label point (inside its largest island); provinces by their two-digit code. */
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
      (code) =>
        window.__waspada!.map.getFeatureState({ source: code.length === 2 ? 'provinsi' : 'kabkota', id: code })
          .cls as number,
      kode,
    );
  }

  /** Colours the map by the layer named `name` (its radio shows checked once the layer's values arrived). */
  async chooseLayer(name: string): Promise<void> {
    const radio = this.layerPanel.getByRole('radio', { name });
    await radio.click();
    await expect(radio).toBeChecked();
  }

  /** Resolves once the map has stopped moving (after a drag, zoom or flight). */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => !window.__waspada!.map.isMoving());
  }
}
