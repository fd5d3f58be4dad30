import { expect, type Locator, type Page } from '@playwright/test';
import { exportMenu } from './header-menu';

/** The "Peta briefing…" window: layout form, page preview and exports. */
export class BriefingPage {
  readonly dialog: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Peta briefing' });
    this.preview = this.dialog.getByRole('img', { name: /^Pratinjau halaman/ });
  }

  /** Opens the window from the top bar's "Ekspor" menu and waits for the first page preview. */
  async open(): Promise<void> {
    await exportMenu(this.page).choose('Peta briefing…');
    await expect(this.preview).toBeVisible({ timeout: 30_000 });
  }

  /** The title the preview was drawn with. */
  previewTitle(): Promise<string | null> {
    return this.preview.getAttribute('data-title');
  }

  /** Picks the area the page shows ('' = the whole country). */
  async chooseArea(kode: string): Promise<void> {
    await this.dialog.getByLabel('Wilayah', { exact: true }).selectOption(kode);
  }

  /** Clicks an export button and returns the file the browser saves. */
  async exportAs(button: string) {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.dialog.getByRole('button', { name: button, exact: true }).click();
    return download;
  }
}
