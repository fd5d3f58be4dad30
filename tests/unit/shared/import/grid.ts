// Grids for the pure layout tests, written as a sheet would show them.
import type { GridCell } from '../../../../shared/import/fields';

/** A merged-range copy of a value (what the workbook reader puts in every cell of a merge but the first). */
export class Merged {
  constructor(readonly value: string | number) {}
}

/** Rows of strings, numbers, nulls and `new Merged(…)` as GridCells: '' and null are blank. */
export function grid(rows: (string | number | null | Merged)[][]): GridCell[][] {
  return rows.map((row) => row.map(cell));
}

function cell(value: string | number | null | Merged): GridCell {
  if (value instanceof Merged) return { ...cell(value.value), merged: true } as GridCell;
  if (value === null || value === '') return { kind: 'blank' };
  return typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', value };
}
