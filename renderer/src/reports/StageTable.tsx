import { useEffect, useState } from 'react';
import { formatDate, formatDateRange } from '../../../shared/format/date';
import { slugify } from '../../../shared/regions/normalize';
import { timelineProblems, type Stage, type Timeline } from '../../../shared/reports/timeline';
import { timelineSaved } from '../store/actions/timeline-actions';
import { DateField } from './DateField';
import { seriesColor } from './labels';

/** The schedule as a table: read it, or edit it (names, dates, the voting day, rows added and removed) and save. */
export function StageTable({ timeline, today }: { timeline: Timeline; today: string }) {
  const [editing, setEditing] = useState(false);
  const [nama, setNama] = useState(timeline.nama);
  const [rows, setRows] = useState<Stage[]>(timeline.stages);
  useEffect(() => {
    setNama(timeline.nama);
    setRows(timeline.stages);
  }, [timeline]);
  const problems = editing ? timelineProblems(rows) : [];
  const edit = (index: number, patch: Partial<Stage>) =>
    setRows((list) =>
      list.map((row, i) =>
        i === index ? { ...row, ...patch } : patch.pemungutan ? { ...row, pemungutan: false } : row,
      ),
    );

  if (!editing) {
    return (
      <div className="stage-table">
        <table className="values">
          <thead>
            <tr>
              <th scope="col">Tahapan</th>
              <th scope="col">Jadwal</th>
            </tr>
          </thead>
          <tbody>
            {timeline.stages.map((stage, i) => {
              const now = today >= stage.mulai && today <= stage.selesai;
              return (
                <tr key={stage.id} className={now ? 'current' : undefined}>
                  <td>
                    <span className="dot" style={{ background: seriesColor(i) }} /> {stage.nama}
                    {stage.pemungutan && <strong> · hari pemungutan</strong>}
                    {now && <span className="badge">sedang berjalan</span>}
                  </td>
                  <td>{formatDateRange(stage.mulai, stage.selesai)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button type="button" onClick={() => setEditing(true)}>
          Ubah jadwal…
        </button>
      </div>
    );
  }
  return (
    <div className="stage-table editing">
      <label className="stacked">
        Nama jadwal
        <input value={nama} onChange={(e) => setNama(e.target.value)} />
      </label>
      <table className="values">
        <thead>
          <tr>
            <th scope="col">Tahapan</th>
            <th scope="col">Mulai</th>
            <th scope="col">Selesai</th>
            <th scope="col">Hari pemungutan</th>
            <th scope="col">
              <span className="visually-hidden">Hapus</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((stage, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`Nama tahapan ${i + 1}`}
                  value={stage.nama}
                  onChange={(e) => edit(i, { nama: e.target.value })}
                />
              </td>
              <td>
                <DateField
                  value={stage.mulai}
                  onDate={(mulai) => edit(i, { mulai })}
                  describedBy={undefined}
                  id={`mulai-${i}`}
                />
              </td>
              <td>
                <DateField
                  value={stage.selesai}
                  onDate={(selesai) => edit(i, { selesai })}
                  ariaLabel={`Selesai tahapan ${i + 1}`}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="hari-pemungutan"
                  aria-label={`Tahapan ${i + 1} hari pemungutan`}
                  checked={stage.pemungutan}
                  onChange={() => edit(i, { pemungutan: true })}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`Hapus tahapan ${i + 1}`}
                  onClick={() => setRows((list) => list.filter((_, j) => j !== i))}
                >
                  Hapus
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.map((p) => (
        <p key={p} className="field-error">
          {p}
        </p>
      ))}
      <div className="panel-actions">
        <button
          type="button"
          onClick={() => {
            const last = rows[rows.length - 1];
            const day = last?.selesai ?? today;
            setRows([
              ...rows,
              {
                id: `tahapan-${Date.now()}`,
                nama: '',
                mulai: day,
                selesai: day,
                urutan: rows.length + 1,
                pemungutan: false,
              },
            ]);
          }}
        >
          Tambah tahapan
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          Batal
        </button>
        <button
          type="button"
          className="primary"
          disabled={problems.length > 0}
          onClick={() =>
            void timelineSaved(
              nama,
              rows.map((row) => ({
                ...row,
                id: row.id.startsWith('tahapan-') && row.nama ? slugify(row.nama) || row.id : row.id,
              })),
            ).then(() => setEditing(false))
          }
        >
          Simpan jadwal
        </button>
      </div>
      <p className="muted small">
        Menyimpan jadwal menandai ulang tahapan setiap laporan menurut tanggalnya (kecuali yang tahapannya dipilih
        sendiri). Hari ini: {formatDate(today)}.
      </p>
    </div>
  );
}
