import { useState } from 'react';
import type { PapuaSplit } from '../../../shared/import/papua-split';
import type { UnsettledRegion } from '../../../shared/import/types';

/**
 * For a value of undivided Papua or Papua Barat (a 34-province table): give it to all of today's successors, marked
 * as inherited; to one of them; or to none. The choice re-reads the file and travels with this import only — it is
 * never remembered silently as an alias.
 */
export function PapuaChoice({
  item,
  split,
  onChoose,
}: {
  item: UnsettledRegion;
  split: PapuaSplit;
  onChoose(from: PapuaSplit['from'], choice: string): void;
}) {
  const [choice, setChoice] = useState('all');
  return (
    <span className="resolve">
      <select
        aria-label={`Nilai ${split.nama} sebelum 2022, baris ${item.row}`}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        <option value="all">
          Berikan ke semua {split.successors.length} provinsi hasil pemekaran (ditandai “diwariskan”)
        </option>
        {item.candidates.map((c) => (
          <option key={c.kode} value={c.kode}>
            Hanya ke {c.nama} ({c.kode})
          </option>
        ))}
        <option value="none">Jangan tempatkan nilai ini</option>
      </select>
      <button type="button" onClick={() => onChoose(split.from, choice)}>
        Terapkan
      </button>{' '}
      <span className="muted">berlaku untuk impor ini saja, tidak diingat sebagai alias</span>
    </span>
  );
}
