/**
 * A region's name as a map label: "Kabupaten Bandung" → "Bandung", "Kota Bandung" stays, Jakarta's administrative
 * units lose "Administrasi" ("Kepulauan Seribu", "Jakarta Pusat"), provinces lose "Provinsi". Kabupaten and kota of
 * the same name stay apart because only the kabupaten drops its word, as Indonesian atlases write them.
 */
export function labelName(nama: string): string {
  return nama
    .replace(/^(Kabupaten|Kota) Administrasi /, '')
    .replace(/^(Kabupaten|Provinsi) /, '')
    .trim();
}

/** A region's name in a narrow table column: "Kab. Bandung", "Kota Bandung", "Kab. Adm. Kepulauan Seribu". */
export function shortName(nama: string): string {
  return nama
    .replace(/^Kabupaten Administrasi /, 'Kab. Adm. ')
    .replace(/^Kota Administrasi /, 'Kota Adm. ')
    .replace(/^Kabupaten /, 'Kab. ')
    .replace(/^Provinsi /, 'Prov. ');
}
