import { formatNumber } from '../../../shared/format/number';
import { describeRows, type SkippedGroup } from '../../../shared/import/preview';

/** Row numbers listed per reason before "dan N lainnya". */
const LISTED = 20;

/** Every row the import left out, grouped by why: "Baris jumlah/total: baris 5, 12, 20". */
export function SkippedRows({ groups }: { groups: readonly SkippedGroup[] }) {
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  if (total === 0) return null;
  return (
    <section className="skipped" aria-label="Baris yang dilewati">
      <h3>Baris yang dilewati ({formatNumber(total)})</h3>
      <p className="muted">
        Baris berikut bukan data wilayah dan tidak disimpan
        {groups.some((group) => group.total > LISTED) ? '; daftar lengkapnya ada di CSV daftar masalah.' : '.'}
      </p>
      <ul className="issues">
        {groups.map((group) => (
          <li key={group.reason}>
            <strong>{group.label}</strong> ({formatNumber(group.total)}): {describeRows(group, LISTED)}
          </li>
        ))}
      </ul>
    </section>
  );
}
