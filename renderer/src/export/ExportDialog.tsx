import { useState } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import { DialogActions, ModalDialog } from '../components/ModalDialog';
import { JobProgress } from '../jobs/JobProgress';
import { annexRequested, csvRequested, exportCancelled, exportDialogClosed } from '../store/actions/export-actions';
import { useActiveLayer, useJobProgress } from '../store/selectors';
import { ProvinceSelect } from './ProvinceSelect';
import './export.css';

type Table = 'wilayah' | 'ringkasan' | 'laporan';

/** "Ekspor lampiran Excel…": the active layer's annex workbook, or one of its tables as CSV, saved as a file. */
export function ExportDialog() {
  const running = useJobProgress('export') !== null;
  const layer = useActiveLayer();
  const [province, setProvince] = useState('');
  const [reports, setReports] = useState(false);
  const [table, setTable] = useState<Table>('wilayah');
  const [separator, setSeparator] = useState<';' | ','>(';');

  const scope = province || null;
  const annex = () => layer && annexRequested({ layerId: layer.id, province: scope, reports: reports ? {} : null });
  const csv = () => layer && csvRequested({ layerId: layer.id, table, separator, province: scope });
  const footer = (
    <DialogActions
      cancel="Tutup"
      onCancel={exportDialogClosed}
      action={running ? 'Sedang membuat…' : 'Buat lampiran Excel'}
      disabled={!layer || running}
      onAction={() => void annex()}
    />
  );
  return (
    <ModalDialog
      name="export"
      title="Ekspor lampiran Excel"
      closeLabel="Tutup ekspor"
      className="export-dialog"
      onClose={exportDialogClosed}
      footer={footer}
    >
      {!layer ? (
        <p className="export-body empty">
          Belum ada lapisan yang dipilih. Pilih lapisan di panel <strong>Lapisan</strong> (atau impor satu), lalu buka
          lagi layar ini.
        </p>
      ) : (
        <div className="export-body">
          <p>
            <strong>{layer.name}</strong> · {LEVEL_LABELS[layer.level]} · {formatNumber(layer.valueCount)} nilai
          </p>
          <p className="muted">
            Lembar Ringkasan per provinsi, tabel wilayah dengan kelas, peringkat dan asal tiap nilai, laporan ATHG bila
            diminta, dan Metadata (edisi, ambang kelas, sumber, kredit data). Berkas ini dapat diimpor kembali tanpa
            memetakan kolom.
          </p>
          <div className="export-options">
            <ProvinceSelect
              label="Cakupan"
              value={province}
              onChange={setProvince}
              nationalLabel="Nasional (semua provinsi)"
            />
            <label className="check">
              <input type="checkbox" checked={reports} onChange={(e) => setReports(e.target.checked)} /> Sertakan
              laporan ATHG (sesuai cakupan)
            </label>
          </div>
          <fieldset className="export-options">
            <legend>Atau satu tabel sebagai CSV</legend>
            <label>
              Tabel
              <select aria-label="Tabel" value={table} onChange={(e) => setTable(e.target.value as Table)}>
                <option value="wilayah">Tabel wilayah</option>
                <option value="ringkasan">Ringkasan per provinsi</option>
                <option value="laporan">Laporan ATHG</option>
              </select>
            </label>
            <label>
              Pemisah
              <select
                aria-label="Pemisah"
                value={separator}
                onChange={(e) => setSeparator(e.target.value as ';' | ',')}
              >
                <option value=";">Titik koma (Excel berbahasa Indonesia)</option>
                <option value=",">Koma</option>
              </select>
            </label>
            <button type="button" disabled={running} onClick={() => void csv()}>
              Unduh CSV
            </button>
          </fieldset>
          <JobProgress kind="export" label="Kemajuan ekspor" onCancel={exportCancelled} />
        </div>
      )}
    </ModalDialog>
  );
}
