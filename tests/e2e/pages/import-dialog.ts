import type { Locator, Page } from '@playwright/test';

/** The import dialog, opened from the header's "Impor buku kerja…" button. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly opener: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Impor buku kerja' });
    this.opener = page.getByRole('banner').getByRole('button', { name: 'Impor buku kerja…' });
    this.summary = this.dialog.locator('.import-summary');
  }

  /** Opens the dialog from the header button. */
  async open(): Promise<void> {
    await this.opener.click();
    await this.dialog.waitFor();
  }

  /** Chooses a file the way the analyst does: "Pilih berkas…", then the file chooser. */
  async chooseFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Pilih berkas…' }).click();
    await (await chooser).setFiles(path);
  }
}
