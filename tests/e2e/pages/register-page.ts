import type { Locator, Page } from '@playwright/test';

/** The report register screen and its report form. */
export class RegisterPage {
  readonly tab: Locator;
  readonly view: Locator;
  readonly search: Locator;
  readonly filterWords: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly panel: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.tab = page.locator('.topbar').getByRole('button', { name: 'Register laporan' });
    this.view = page.locator('.reports-view');
    this.search = page.getByRole('searchbox', { name: 'Cari laporan' });
    this.filterWords = page.locator('.filter-words');
    this.table = page.getByRole('grid', { name: 'Daftar laporan' });
    this.rows = this.table.locator('.register-scroll [role="row"][id^="laporan-"]');
    this.panel = page.locator('.report-panel');
    this.form = page.getByRole('dialog', { name: /Laporan informasi baru|Ubah laporan/ });
  }

  /** Opens the register from the top bar's one button. */
  async open(): Promise<void> {
    await this.tab.click();
    await this.view.waitFor();
  }

  /** The ids of the rows drawn now (the virtualised table draws only those in view). */
  async drawnIds(): Promise<number[]> {
    const ids = await this.rows.evaluateAll((rows) => rows.map((r) => Number(r.id.replace('laporan-', ''))));
    return ids.sort((a, b) => a - b);
  }

  /** Picks a region in a picker by typing and choosing the first hit. */
  async pickRegion(label: RegExp, query: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: label });
    await box.fill(query);
    await this.page
      .getByRole('listbox', { name: /^Pilihan/ })
      .getByRole('option')
      .first()
      .waitFor();
    await box.press('Enter');
  }
}
