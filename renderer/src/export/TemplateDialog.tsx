import { useState } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { JobProgress } from '../jobs/JobProgress';
import { exportCancelled, templateDialogClosed, templateRequested } from '../store/actions/export-actions';
import { useActiveLayer, useJobProgress } from '../store/selectors';
import { ProvinceSelect } from './ProvinceSelect';
import './export.css';

/** "Buat templat pengumpulan…": a workbook per province to collect a layer's values or incident reports. */
export function TemplateDialog() {
  const running = useJobProgress('export') !== null;
  const layer = useActiveLayer();
  const [province, setProvince] = useState('');
  const [fields, setFields] = useState<'layer' | 'reports'>('layer');

  // Without an active layer only report templates can be made.
  const chosen = layer ? fields : 'reports';
  const make = () =>
    province && templateRequested({ province, layerId: chosen === 'layer' && layer ? layer.id : null });
  const footer = (
    <>
      {!province && <span className="muted">Pilih provinsi (atau semua provinsi) dulu.</span>}
      <button type="button" onClick={templateDialogClosed}>
        Tutup
      </button>
      <button type="button" className="primary" disabled={!province || running} onClick={() => void make()}>
        {running ? 'Sedang membuat…' : 'Buat templat'}
      </button>
    </>
  );
  return (
    <ModalDialog
      name="template"
      title="Buat templat pengumpulan"
      closeLabel="Tutup templat"
      className="export-dialog"
      onClose={templateDialogClosed}
      footer={footer}
    >
      <div className="export-body">
        <p className="muted">
          Buku kerja untuk dikirim ke provinsi: kabupaten/kotanya sudah terisi dan dikunci, kolom isian diperiksa
          (daftar pilihan, rentang angka, tanggal), dengan lembar Petunjuk. Berkas yang kembali diimpor tanpa memetakan
          kolom; beberapa berkas dapat diimpor sekaligus.
        </p>
        <div className="export-options">
          <ProvinceSelect
            label="Provinsi"
            value={province}
            onChange={setProvince}
            nationalLabel="— pilih provinsi —"
            primary
            allLabel="Semua provinsi (satu berkas per provinsi, dalam .zip)"
          />
          <fieldset>
            <legend>Kolom isian</legend>
            <label className="check">
              <input
                type="radio"
                name="template-fields"
                checked={chosen === 'layer'}
                disabled={!layer}
                onChange={() => setFields('layer')}
              />{' '}
              {layer ? `Lapisan aktif: ${layer.name}` : 'Lapisan aktif (belum ada yang dipilih)'}
            </label>
            <label className="check">
              <input
                type="radio"
                name="template-fields"
                checked={chosen === 'reports'}
                onChange={() => setFields('reports')}
              />{' '}
              Laporan kejadian ATHG (tanggal, jenis, kategori, uraian, sumber)
            </label>
          </fieldset>
        </div>
        <JobProgress kind="export" label="Kemajuan ekspor" onCancel={exportCancelled} />
      </div>
    </ModalDialog>
  );
}
