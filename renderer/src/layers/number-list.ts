// Numbers as an Indonesian analyst types them in a list: "13,47; 49,33" (decimal comma, semicolons between), or
// "13.47, 49.33" when no comma decimal is in sight.
import { formatNumber } from '../../../shared/format/number';

/** The numbers of a typed list, or a Bahasa message saying what is wrong. */
export function parseNumberList(text: string): { numbers: number[] | null; error: string | null } {
  const trimmed = text.trim();
  if (!trimmed) return { numbers: [], error: null };
  const parts = trimmed.includes(';') ? trimmed.split(';') : trimmed.split(/\s+|,(?=\s)/);
  const numbers = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => Number(p.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.')));
  if (numbers.some((n) => !Number.isFinite(n)))
    return { numbers: null, error: 'Tulis angka dipisah titik koma, mis. 13,47; 49,33.' };
  for (let i = 1; i < numbers.length; i++)
    if (numbers[i]! <= numbers[i - 1]!) return { numbers: null, error: 'Batas kelas harus naik.' };
  return { numbers, error: null };
}

/** A list of numbers as the analyst reads and types them back: "13,47; 49,33". */
export function formatNumberList(numbers: readonly number[]): string {
  return numbers.map((n) => formatNumber(n, 4)).join('; ');
}
