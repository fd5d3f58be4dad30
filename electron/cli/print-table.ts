/** Prints rows as an aligned plain-text table (the human form of the CLI's --json output). */
export function printTable(rows: Record<string, unknown>[]): void {
  if (rows.length === 0) {
    console.log('(kosong)');
    return;
  }
  const columns = Object.keys(rows[0]!).filter((key) =>
    rows.every((row) => typeof row[key] !== 'object' || row[key] === null),
  );
  const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row[column]).length)));
  const line = (values: string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((column) => cell(row[column]))));
}
