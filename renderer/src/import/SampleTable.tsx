import { sampleCaption, type ImportPreview } from '../../../shared/import/preview';
import type { LayerRow, ReportRow } from '../../../shared/import/types';
import { formatDate } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/format/number';
import { ATHG_LABELS } from '../../../shared/reports/athg';

/** The first rows exactly as they will be stored, so the analyst sees the numbers before committing. */
export function SampleTable({ preview }: { preview: ImportPreview }) {
  if (preview.sample.length === 0) return <p className="empty">Belum ada baris yang dapat disimpan.</p>;
  const caption = sampleCaption(preview.sample.length, preview.rows.stored);
  if (preview.kind === 'reports') {
    const rows = preview.sample as ReportRow[];
    return (
      <table className="sample">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>Baris</th>
            <th>Tanggal</th>
            <th>Jenis</th>
            <th>Wilayah</th>
            <th>Uraian</th>
            <th>Sumber</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <td className="number">{r.row}</td>
              <td>{r.tanggal ? formatDate(r.tanggal) : '—'}</td>
              <td>{r.jenis ? ATHG_LABELS[r.jenis] : '—'}</td>
              <td>
                {r.nama} <span className="muted">{r.kode}</span>
              </td>
              <td>{r.uraian ?? '—'}</td>
              <td>{r.sumber ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const rows = preview.sample as LayerRow[];
  const extras = Object.keys(rows[0]?.extra ?? {});
  return (
    <table className="sample">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>Baris</th>
          <th>Wilayah</th>
          <th>Skor</th>
          <th>Kategori</th>
          {extras.map((e) => (
            <th key={e}>{e}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.row}>
            <td className="number">{r.row}</td>
            <td>
              {r.nama} <span className="muted">{r.kode}</span>
            </td>
            <td className="number">{r.value === null ? 'kosong' : formatNumber(r.value)}</td>
            <td>{r.category ?? '—'}</td>
            {extras.map((e) => (
              <td key={e} className="number">
                {r.extra[e] === null || r.extra[e] === undefined ? '—' : formatNumber(r.extra[e]!)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
