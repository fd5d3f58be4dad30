import type { Download, Locator, Page } from '@playwright/test';
import { exportMenu } from './header-menu';

/** The export, template and merge dialogs. */
export class ExportPage {
  readonly exportDialog: Locator;
  readonly templateDialog: Locator;
  readonly mergeDialog: Locator;

  constructor(readonly page: Page) {
    this.exportDialog = page.getByRole('dialog', { name: 'Ekspor lampiran Excel' });
    this.templateDialog = page.getByRole('dialog', { name: 'Buat templat pengumpulan' });
    this.mergeDialog = page.getByRole('dialog', { name: 'Impor beberapa templat' });
  }

  /** Clicks a button and waits for the download it starts. */
  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    return download;
  }

  /** Opens the annex dialog and downloads the active layer's annex. */
  async annex(): Promise<Download> {
    await this.page
      .getByRole('complementary', { name: 'Lapisan dan legenda' })
      .getByRole('button', { name: 'Ekspor lampiran Excel…' })
      .click();
    return this.download(this.exportDialog.getByRole('button', { name: 'Buat lampiran Excel' }));
  }

  /** Opens the template dialog and downloads the template for one province of the active layer. */
  async template(province: string): Promise<Download> {
    await exportMenu(this.page).choose('Templat pengumpulan…');
    await this.templateDialog.getByLabel('Provinsi').selectOption(province);
    return this.download(this.templateDialog.getByRole('button', { name: 'Buat templat' }));
  }

  /** Chooses several files in the ordinary import dialog's picker (they go on to the merge dialog). */
  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Impor buku kerja…' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Impor buku kerja' });
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Pilih berkas…' }).click(),
    ]);
    await chooser.setFiles(paths);
  }
}
