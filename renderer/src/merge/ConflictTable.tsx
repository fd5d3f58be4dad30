import { formatNumber } from '../../../shared/format/number';
import type { ConflictOption, MergeConflict } from '../../../shared/import/merge';

/** One file's value for a region, in words: score, category, indicators. */
function valueText(option: ConflictOption): string {
  const parts = [
    option.value === null ? 'skor kosong' : `skor ${formatNumber(option.value, 4)}`,
    option.category ? `kategori ${option.category}` : '',
    ...Object.entries(option.extra).map(([key, v]) => `${key} ${v === null ? 'kosong' : formatNumber(v, 4)}`),
  ];
  return parts.filter(Boolean).join(', ');
}

/**
 * Regions two or more files fill in differently: for each, every file's value as a radio choice, plus "store
 * nothing". A row without a choice yet is marked, and nothing can be stored until every row has one.
 */
export function ConflictTable(props: {
  conflicts: MergeConflict[];
  choices: Readonly<Record<string, number | null>>;
  onChoose: (kode: string, file: number | null) => void;
}) {
  return (
    <table className="conflicts">
      <caption className="muted">Pilih nilai yang dipakai untuk setiap wilayah.</caption>
      <thead>
        <tr>
          <th scope="col">Wilayah</th>
          <th scope="col">Nilai menurut berkas</th>
        </tr>
      </thead>
      <tbody>
        {props.conflicts.map((conflict) => {
          const chosen = conflict.kode in props.choices ? props.choices[conflict.kode] : undefined;
          const name = `conflict-${conflict.kode}`;
          return (
            <tr key={conflict.kode} className={chosen === undefined ? 'open' : ''}>
              <th scope="row">
                {conflict.kode} {conflict.nama}
                {chosen === undefined && <div className="muted">belum dipilih</div>}
              </th>
              <td>
                {conflict.options.map((option) => (
                  <label key={option.file}>
                    <input
                      type="radio"
                      name={name}
                      checked={chosen === option.file}
                      onChange={() => props.onChoose(conflict.kode, option.file)}
                    />{' '}
                    {option.fileName} (baris {option.row}): {valueText(option)}
                  </label>
                ))}
                <label>
                  <input
                    type="radio"
                    name={name}
                    checked={chosen === null}
                    onChange={() => props.onChoose(conflict.kode, null)}
                  />{' '}
                  Jangan simpan wilayah ini
                </label>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
