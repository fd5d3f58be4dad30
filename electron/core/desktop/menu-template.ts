import type { MenuCommand } from '../../../shared/desktop/menu-commands';

/** The Electron menu roles the menu uses (each does the platform's native thing: copy, zoom, quit…). */
type MenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'delete'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools';

/** One item of the native menu, shaped like Electron's MenuItemConstructorOptions (no Electron import here). */
export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

/** What the menu needs from the shell. */
export interface MenuContext {
  /** macOS puts the app's own menu first and keeps Quit there. */
  isMac: boolean;
  /** Development builds add reload and devtools under Tampilan. */
  packaged: boolean;
  /** Tells the renderer to open a screen or dialog. */
  send(command: MenuCommand): void;
}

const separator: MenuItemSpec = { type: 'separator' };

/**
 * The application menu in Bahasa Indonesia. Sunting uses Electron's roles, so copy and paste work in every field on
 * every OS (on macOS they only work when the menu has them); Tampilan zooms and goes full screen; Berkas and Bantuan
 * open the renderer's own screens.
 */
export function applicationMenu({ isMac, packaged, send }: MenuContext): MenuItemSpec[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemSpec => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const macAppMenu: MenuItemSpec[] = [
    {
      label: 'Waspada',
      submenu: [
        { label: 'Tentang Waspada', role: 'about' },
        separator,
        { label: 'Sembunyikan Waspada', role: 'hide' },
        { label: 'Sembunyikan yang lain', role: 'hideOthers' },
        separator,
        { label: 'Keluar dari Waspada', role: 'quit' },
      ],
    },
  ];
  const development: MenuItemSpec[] = packaged
    ? []
    : [separator, { label: 'Muat ulang', role: 'reload' }, { label: 'Alat pengembang', role: 'toggleDevTools' }];
  return [
    ...(isMac ? macAppMenu : []),
    {
      label: 'Berkas',
      submenu: [
        item('Impor buku kerja…', 'import', 'CmdOrCtrl+O'),
        item('Ekspor…', 'export', 'CmdOrCtrl+E'),
        separator,
        item('Cadangan dan pemulihan…', 'backups'),
        item('Jejak audit…', 'audit'),
        item('Jawaban wilayah yang diingat…', 'aliases'),
        item('Frasa sandi…', 'passphrase'),
        separator,
        isMac ? { label: 'Tutup jendela', role: 'close' as const } : { label: 'Keluar', role: 'quit' as const },
      ],
    },
    {
      label: 'Sunting',
      submenu: [
        { label: 'Urungkan', role: 'undo' },
        { label: 'Ulangi', role: 'redo' },
        separator,
        { label: 'Potong', role: 'cut' },
        { label: 'Salin', role: 'copy' },
        { label: 'Tempel', role: 'paste' },
        { label: 'Hapus', role: 'delete' },
        separator,
        { label: 'Pilih semua', role: 'selectAll' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { label: 'Perbesar', role: 'zoomIn' },
        { label: 'Perkecil', role: 'zoomOut' },
        { label: 'Ukuran sebenarnya', role: 'resetZoom' },
        separator,
        { label: 'Layar penuh', role: 'togglefullscreen' },
        ...development,
      ],
    },
    { label: 'Bantuan', submenu: [item('Tentang & sumber data', 'about')] },
  ];
}
