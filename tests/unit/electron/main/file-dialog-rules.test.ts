import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultSavePath,
  openFilters,
  safeFileName,
  saveFilters,
  savePathWithExtension,
} from '../../../../electron/main/file-dialog-rules';

describe('save dialog filters', () => {
  it('offer the suggested name’s type first, in Bahasa, then any file', () => {
    expect(saveFilters('ikp-daftar-masalah.csv')).toEqual([
      { name: 'Teks CSV (.csv)', extensions: ['csv'] },
      { name: 'Semua berkas', extensions: ['*'] },
    ]);
    expect(saveFilters('Peta IKP.PDF')[0]).toEqual({ name: 'Dokumen PDF (.pdf)', extensions: ['pdf'] });
  });

  it('name an unknown extension by itself, and offer any file for a name without one', () => {
    expect(saveFilters('data.parquet')[0]).toEqual({ name: 'PARQUET (.parquet)', extensions: ['parquet'] });
    expect(saveFilters('catatan')).toEqual([{ name: 'Semua berkas', extensions: ['*'] }]);
  });
});

describe('open dialog filters', () => {
  it('group the accepted extensions under the caller’s description, then any file', () => {
    expect(openFilters(['.xlsx', '.XLS', '.csv'], 'Buku kerja')).toEqual([
      { name: 'Buku kerja (.xlsx, .XLS, .csv)', extensions: ['xlsx', 'xls', 'csv'] },
      { name: 'Semua berkas', extensions: ['*'] },
    ]);
  });
});

describe('where a save starts', () => {
  it('in the default folder first, then in the folder of the last save', () => {
    expect(defaultSavePath(null, '/home/analis/Dokumen', 'peta.png')).toBe(join('/home/analis/Dokumen', 'peta.png'));
    expect(defaultSavePath('/media/usb', '/home/analis/Dokumen', 'peta.png')).toBe(join('/media/usb', 'peta.png'));
  });

  it('never under a folder the suggested name smuggles in, nor with characters Windows refuses', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('IKP: Kalsel? <2024>.csv')).toBe('IKP- Kalsel- -2024-.csv');
    expect(safeFileName('laporan. . ')).toBe('laporan');
    expect(safeFileName('..')).toBe('berkas');
  });

  it('a name typed without an extension gets the suggested one; a typed extension stays', () => {
    expect(savePathWithExtension('/tmp/masalah', 'ikp.csv')).toBe('/tmp/masalah.csv');
    expect(savePathWithExtension('/tmp/masalah.txt', 'ikp.csv')).toBe('/tmp/masalah.txt');
  });
});
