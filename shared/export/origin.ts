/** The file and row a value or report first came from. */
export interface Origin {
  file: string;
  row: number;
}

/**
 * Where a stored row first came from: the origin it carried in (through an annex or a merged template), else its
 * own batch's file and source row; null for rows Waspada made itself (the demo layer). An empty origin file is
 * such a row brought back through an annex: still no source file, rather than the annex.
 */
export function originOf(
  originFile: string | null,
  originRow: number | null,
  batchFile: string | null,
  sourceRow: number | null,
): Origin | null {
  if (originFile !== null) return originFile === '' ? null : { file: originFile, row: originRow ?? 0 };
  return batchFile !== null && sourceRow !== null ? { file: batchFile, row: sourceRow } : null;
}
