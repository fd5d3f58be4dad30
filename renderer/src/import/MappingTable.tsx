import { useEffect, useState } from 'react';
import { FIELD_LABELS, type FieldId } from '../../../shared/import/fields';

const FIELDS = Object.keys(FIELD_LABELS) as FieldId[];

/** Column → field, starting from the detected guess; "Terapkan" re-reads the file with the analyst's mapping. */
export function MappingTable({
  headers,
  mapping,
  onApply,
}: {
  headers: string[];
  mapping: FieldId[];
  onApply(mapping: FieldId[]): void;
}) {
  const [draft, setDraft] = useState(mapping);
  useEffect(() => setDraft(mapping), [mapping]);
  const changed = draft.some((field, i) => field !== mapping[i]);
  return (
    <section aria-label="Pemetaan kolom">
      <h3>Pemetaan kolom</h3>
      <table className="mapping">
        <thead>
          <tr>
            <th scope="col">Kolom di berkas</th>
            <th scope="col">Dibaca sebagai</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header, i) => (
            <tr key={i}>
              <td>{header || <span className="muted">(kolom {i + 1} tanpa judul)</span>}</td>
              <td>
                <select
                  aria-label={`Isi kolom ${header || i + 1}`}
                  value={draft[i] ?? 'abaikan'}
                  onChange={(e) => setDraft(draft.map((f, j) => (j === i ? (e.target.value as FieldId) : f)))}
                >
                  {FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={!changed} onClick={() => onApply(draft)}>
        Terapkan pemetaan
      </button>
    </section>
  );
}
