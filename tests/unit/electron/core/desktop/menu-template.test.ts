import { describe, expect, it } from 'vitest';
import { applicationMenu, type MenuItemSpec } from '../../../../../electron/core/desktop/menu-template';
import type { MenuCommand } from '../../../../../shared/desktop/menu-commands';

function menuOf(isMac: boolean, packaged = true) {
  const sent: MenuCommand[] = [];
  return { menu: applicationMenu({ isMac, packaged, send: (command) => sent.push(command) }), sent };
}

const labels = (items: MenuItemSpec[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const submenu = (items: MenuItemSpec[], label: string) => items.find((i) => i.label === label)!.submenu!;

describe('applicationMenu', () => {
  it('names the menus in Bahasa Indonesia', () => {
    expect(labels(menuOf(false).menu)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  });

  it('puts the app menu first on macOS', () => {
    expect(labels(menuOf(true).menu)).toEqual(['Waspada', 'Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  });

  it('offers Impor buku kerja…, Ekspor… and Keluar under Berkas', () => {
    expect(labels(submenu(menuOf(false).menu, 'Berkas'))).toEqual(
      expect.arrayContaining(['Impor buku kerja…', 'Ekspor…', 'Keluar']),
    );
  });

  it('quits through the quit role', () => {
    expect(submenu(menuOf(false).menu, 'Berkas').find((i) => i.label === 'Keluar')?.role).toBe('quit');
  });

  it('sends the command of the item the analyst chose', () => {
    const { menu, sent } = menuOf(false);
    for (const item of submenu(menu, 'Berkas')) item.click?.();
    submenu(menu, 'Bantuan')[0]!.click!();
    expect(sent).toEqual(['import', 'export', 'backups', 'audit', 'aliases', 'passphrase', 'about']);
  });

  it('zooms and goes full screen under Tampilan', () => {
    expect(submenu(menuOf(false).menu, 'Tampilan').map((i) => i.role)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('adds reload and devtools only in development', () => {
    const roles = (packaged: boolean) => submenu(menuOf(false, packaged).menu, 'Tampilan').map((i) => i.role);
    expect([roles(true).includes('toggleDevTools'), roles(false).includes('toggleDevTools')]).toEqual([false, true]);
  });
});
