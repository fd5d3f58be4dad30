import { useEffect, useState } from 'react';
import type { CategoryEdit } from '../../../shared/reports/categories';
import { categoriesSaved } from '../store/actions/timeline-actions';
import { useWaspada } from '../store/store';

/** The category taxonomy, editable: rename, reorder, add, switch off (a category old reports name is never dropped). */
export function CategoryEditor() {
  const categories = useWaspada((s) => s.categories);
  const [rows, setRows] = useState<CategoryEdit[]>([]);
  useEffect(() => setRows(categories.map(({ id, nama, aktif }) => ({ id, nama, aktif }))), [categories]);
  const edit = (index: number, patch: Partial<CategoryEdit>) =>
    setRows((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const moveRow = (index: number, by: number) =>
    setRows((list) => {
      const next = [...list];
      const [row] = next.splice(index, 1);
      next.splice(Math.max(0, Math.min(next.length, index + by)), 0, row!);
      return next;
    });
  return (
    <div className="category-editor">
      <ol>
        {rows.map((row, i) => (
          <li key={row.id ?? `baru-${i}`}>
            <input
              aria-label={`Nama kategori ${i + 1}`}
              value={row.nama}
              onChange={(e) => edit(i, { nama: e.target.value })}
            />
            <label className="check">
              <input type="checkbox" checked={row.aktif} onChange={(e) => edit(i, { aktif: e.target.checked })} /> aktif
            </label>
            <button type="button" aria-label={`Naikkan ${row.nama}`} disabled={i === 0} onClick={() => moveRow(i, -1)}>
              ↑
            </button>
            <button
              type="button"
              aria-label={`Turunkan ${row.nama}`}
              disabled={i === rows.length - 1}
              onClick={() => moveRow(i, 1)}
            >
              ↓
            </button>
            {!row.id && (
              <button type="button" onClick={() => setRows((list) => list.filter((_, j) => j !== i))}>
                Batal tambah
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="panel-actions">
        <button type="button" onClick={() => setRows([...rows, { id: null, nama: '', aktif: true }])}>
          Tambah kategori
        </button>
        <button type="button" className="primary" onClick={() => void categoriesSaved(rows)}>
          Simpan kategori
        </button>
      </div>
      <p className="muted small">
        Kategori yang sudah dipakai tidak dapat dihapus; nonaktifkan agar tidak ditawarkan lagi.
      </p>
    </div>
  );
}
