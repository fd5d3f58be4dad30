import type { Locator, Page } from '@playwright/test';

/** One of the header's menu buttons ("Ekspor", "Data & keamanan") and its items. */
export class HeaderMenu {
  readonly button: Locator;
  readonly menu: Locator;

  constructor(
    readonly page: Page,
    name: string,
  ) {
    this.button = page.getByRole('banner').getByRole('button', { name, exact: true });
    this.menu = page.getByRole('menu', { name });
  }

  /** The menu's item named `name`. */
  item(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }

  /** Opens the menu with the mouse and chooses an item. */
  async choose(name: string): Promise<void> {
    await this.button.click();
    await this.item(name).click();
  }
}

/** The header's "Ekspor" menu: briefing map, Excel/CSV annex, collection template. */
export const exportMenu = (page: Page) => new HeaderMenu(page, 'Ekspor');

/** The header's "Data & keamanan" menu: backups, audit trail, remembered answers, passphrase. */
export const safetyMenu = (page: Page) => new HeaderMenu(page, 'Data & keamanan');
