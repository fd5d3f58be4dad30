const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Indonesian number: 1.234,5 — thousands with a dot, decimals with a comma, at most `maxDecimals` digits (and at
 * least `minDecimals`, for columns of figures that line up: 57,20 under 58,75).
 */
export function formatNumber(value: number, maxDecimals = 2, minDecimals = 0): string {
  const key = `${maxDecimals}:${minDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('id-ID', { maximumFractionDigits: maxDecimals, minimumFractionDigits: minDecimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
