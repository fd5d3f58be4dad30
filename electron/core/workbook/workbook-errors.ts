// Every way an import can fail, as an ApiError whose Bahasa message tells the analyst what to do next.
import { ApiError } from '../../../shared/api/errors';

const FORMAT_NAMES: ReadonlyMap<string, string> = new Map([
  ['zip', 'Excel/LibreOffice'],
  ['xlsx', 'Excel (.xlsx)'],
  ['xlsm', 'Excel bermakro (.xlsm)'],
  ['xlsb', 'Excel biner (.xlsb)'],
  ['xls', 'Excel lama (.xls)'],
  ['ods', 'LibreOffice (.ods)'],
  ['fods', 'LibreOffice XML (.fods)'],
  ['xml2003', 'Excel XML 2003'],
  ['html', 'tabel HTML'],
  ['csv', 'CSV'],
]);

const RESAVE = 'Buka berkas di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu impor lagi.';

/** The bytes are not a spreadsheet this app reads (`what` says what they look like instead). */
export function unsupported(fileName: string, what: string): ApiError {
  return new ApiError(
    'WORKBOOK_UNSUPPORTED',
    `Berkas "${fileName}" bukan lembar kerja yang dapat dibaca (${what}). Pilih berkas Excel (.xlsx, .xls), ` +
      'LibreOffice (.ods) atau CSV. Bila datanya ada di aplikasi lain, ekspor dulu sebagai .xlsx lalu impor ulang.',
  );
}

/** The bytes look like a spreadsheet but are damaged or truncated. */
export function unreadable(fileName: string, format: string, detail: string): ApiError {
  const name = FORMAT_NAMES.get(format) ?? 'lembar kerja';
  return new ApiError(
    'WORKBOOK_UNREADABLE',
    `Berkas "${fileName}" tampak seperti lembar kerja ${name} tetapi rusak atau terpotong (${detail}). ` +
      `${RESAVE} Excel dan LibreOffice sering dapat memulihkan berkas rusak. Jika berkas diterima lewat surel ` +
      'atau aplikasi pesan, minta pengirim mengirim ulang.',
  );
}

/** The workbook is encrypted with a password, so its cells cannot be read. */
export function protectedWorkbook(fileName: string): ApiError {
  return new ApiError(
    'WORKBOOK_PROTECTED',
    `Berkas "${fileName}" dilindungi kata sandi sehingga isinya terenkripsi. Buka berkas di Excel dengan kata ` +
      'sandinya, hapus kata sandi (File › Info › Proteksi Buku Kerja › Enkripsi dengan Kata Sandi, kosongkan), ' +
      'simpan, lalu impor ulang. Jika kata sandinya tidak diketahui, minta berkas tanpa kata sandi ke instansi ' +
      'pengirim.',
  );
}

/** Nothing to import: no sheets, or only empty ones. */
export function emptyWorkbook(fileName: string): ApiError {
  return new ApiError(
    'WORKBOOK_EMPTY',
    `Berkas "${fileName}" tidak berisi data: semua lembarnya kosong. Pastikan berkas yang dipilih sudah benar; ` +
      'buka di Excel untuk memeriksa apakah datanya ada di berkas lain.',
  );
}

/** Over a limit; `detail` says which and by how much. */
export function tooLarge(fileName: string, detail: string): ApiError {
  return new ApiError(
    'WORKBOOK_TOO_LARGE',
    `Berkas "${fileName}" terlalu besar untuk diimpor. ${detail} Pisahkan data ke beberapa berkas atau hapus ` +
      'baris, kolom dan lembar yang tidak diperlukan (termasuk baris kosong berformat di bawah tabel), lalu impor ' +
      'ulang.',
  );
}

/** Over a limit in a way no honest workbook is (a zip bomb): same code, but the advice is not to trim the data. */
export function suspiciousArchive(fileName: string, detail: string): ApiError {
  return new ApiError(
    'WORKBOOK_TOO_LARGE',
    `Berkas "${fileName}" tidak diimpor karena isinya tidak wajar. ${detail} Berkas seperti ini bisa rusak atau ` +
      `sengaja ` +
      'dibuat untuk membebani komputer; jangan dibuka di aplikasi lain. Minta pengirim mengirim ulang berkas yang ' +
      'disimpan langsung dari Excel atau LibreOffice.',
  );
}

// What SheetJS 0.20.3 throws for encrypted content: BIFF FILEPASS ("File is password-protected", "Password is
// incorrect", "Encryption scheme unsupported"), ECMA-376 EncryptedPackage, zip and ODS encryption, Numbers .iwpv2.
const PASSWORD_PATTERN = /password|encrypt/i;

/** Turns whatever SheetJS threw (an Error, or sometimes a bare string) into an ApiError. */
export function fromSheetJsError(error: unknown, fileName: string, format: string): ApiError {
  if (error instanceof ApiError) return error;
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (PASSWORD_PATTERN.test(text)) return protectedWorkbook(fileName);
  if (error instanceof RangeError) return unreadable(fileName, format, 'strukturnya tidak wajar');
  return unreadable(fileName, format, 'isinya tidak dapat diurai');
}
