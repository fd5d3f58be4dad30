const numberFormats = new Map<number, Intl.NumberFormat>();

/** Indonesian number: 1.234,5 — thousands with a dot, decimals with a comma, at most `maxDecimals` digits. */
export function formatNumber(value: number, maxDecimals = 2): string {
  let format = numberFormats.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('id-ID', { maximumFractionDigits: maxDecimals });
    numberFormats.set(maxDecimals, format);
  }
  return format.format(value);
}
