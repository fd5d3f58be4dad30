/** The header row of a safety screen's table; an empty name is the (visually hidden) "Tindakan" column. */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column || 'tindakan'} scope="col">
            {column || <span className="visually-hidden">Tindakan</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}
