import type { Credit } from './api/types';

/** Paragraphs of a notice, separated by a blank line as the licence text is. */
function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}

/** The credits a printed map carries, short form; the full notices are in CREDITS and on the About screen. */
export const PRINT_CREDIT_LINE = 'Batas wilayah: © Cahya DSN (MIT) · Daftar wilayah: idn-area-data (ODbL)';

/** Notices the app must show (About screen): the boundary pack's MIT licence and idn-area-data's ODbL. */
export const CREDITS: Credit[] = [
  {
    title: 'Batas wilayah administrasi',
    licence: 'MIT',
    text: paragraphs(
      'Sumber: github.com/cahyadsn/wilayah_boundaries, kode menurut Kepmendagri 300.2.2-2138 Tahun 2025.',
      'MIT License',
      'Copyright (c) 2024 Cahya DSN',
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated ' +
        'documentation files (the "Software"), to deal in the Software without restriction, including without ' +
        'limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of ' +
        'the Software, and to permit persons to whom the Software is furnished to do so, subject to the following ' +
        'conditions:',
      'The above copyright notice and this permission notice shall be included in all copies or substantial ' +
        'portions of the Software.',
      'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT ' +
        'LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. ' +
        'IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, ' +
        'WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE ' +
        'SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
    ),
  },
  {
    title: 'Daftar wilayah (provinsi, kabupaten/kota, kecamatan)',
    licence: 'ODbL 1.0',
    text:
      'Berisi data dari idn-area-data (github.com/fityannugroho/idn-area-data) oleh Fityan Nugroho, ' +
      'tersedia di bawah Open Database License (ODbL) 1.0: opendatacommons.org/licenses/odbl/1-0/. ' +
      'Kode dan nama mengikuti Kepmendagri 300.2.2-2138 Tahun 2025.',
  },
  {
    title: 'Peta dan huruf',
    licence: 'BSD-3-Clause · SIL OFL 1.1',
    text:
      'Peta digambar dengan MapLibre GL JS (BSD-3-Clause). Label memakai huruf Noto Sans (SIL Open Font ' +
      'License 1.1).',
  },
];
