import { useRef } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { ATHG_LABELS, ATHG_TYPES } from '../../../shared/reports/athg';
import { ASPECT_LABELS, ASPECTS } from '../../../shared/reports/aspects';
import { isIsoDate } from '../../../shared/reports/report-dates';
import {
  canMoveStatus,
  CREDIBILITY_LABELS,
  DATE_PRECISIONS,
  PRECISION_LABELS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  REPORT_STATUSES,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../../../shared/reports/scales';
import { stageOfDate } from '../../../shared/reports/timeline';
import { useModalDialog } from '../components/focus';
import { NoticeBar } from '../components/NoticeBar';
import { draftEdited, reportFormClosed, reportFormSubmitted } from '../store/actions/report-form-actions';
import { useStages } from '../store/selectors';
import { useWaspada } from '../store/store';
import { DuplicateWarning } from './DuplicateWarning';
import { DateInput, RadioRow, SelectInput, TextInput } from './form-fields';
import { RegionPicker } from './RegionPicker';

const REPORT_LEVELS = [2, 3] as const;

/** The report form as a modal dialog, laid out like a laporan informasi. */
export function ReportForm() {
  const open = useWaspada((s) => s.dialog === 'report-form' && s.reportForm !== null);
  return open ? <ReportFormContent /> : null;
}

/** Di mana: the region by search (kab/kota required, kecamatan allowed) and the place within it. */
function WherePicker() {
  const kode = useWaspada((s) => s.reportForm!.draft.kode);
  const nama = useWaspada((s) => s.reportForm!.draft.namaWilayah);
  const error = useWaspada((s) => s.reportForm!.errors.kode);
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <RegionPicker
        label="Di mana — kabupaten/kota atau kecamatan"
        required
        value={kode ? { kode, nama } : null}
        levels={REPORT_LEVELS}
        error={error}
        onPick={(picked) => {
          draftEdited('kode', picked?.kode ?? '');
          draftEdited('namaWilayah', picked?.nama ?? '');
        }}
      />
    </div>
  );
}

/** Tahapan: by date (saying which stage that is) or chosen by hand. */
function StageChoice() {
  const tanggal = useWaspada((s) => s.reportForm!.draft.tanggal);
  const stages = useStages();
  const byDate = isIsoDate(tanggal) ? stageOfDate(tanggal, stages) : null;
  return (
    <SelectInput
      field="tahapanId"
      label="Tahapan Pilkada"
      placeholder={`Menurut tanggal${byDate ? `: ${byDate.nama}` : ' (di luar jadwal)'}`}
      options={stages.map((s) => ({ value: s.id, label: s.nama }))}
    />
  );
}

function ReportFormContent() {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useWaspada((s) => s.reportForm!);
  const categories = useWaspada((s) => s.categories);
  useModalDialog(dialog);
  const errorCount = Object.keys(form.errors).length;
  const categoryOptions = categories
    .filter((c) => c.aktif || c.id === form.draft.kategoriId)
    .map((c) => ({ value: c.id, label: c.aktif ? c.nama : `${c.nama} (nonaktif)` }));
  const title = form.mode === 'baru' ? 'Laporan informasi baru' : `Ubah laporan No. ${form.id}`;
  return (
    <dialog ref={dialog} className="report-form" aria-label={title} onClose={reportFormClosed}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void reportFormSubmitted();
        }}
      >
        <header>
          <h2>{title}</h2>
          <button type="button" className="close" aria-label="Tutup tanpa menyimpan" onClick={reportFormClosed}>
            ×
          </button>
        </header>
        <div className="form-body">
          <section aria-labelledby="f-sumber">
            <h3 id="f-sumber">I. Sumber dan nilai informasi</h3>
            <TextInput field="sumber" label="Sumber informasi" required placeholder="mis. FKDM Kecamatan Camplong" />
            <div className="form-row">
              <SelectInput
                field="keandalan"
                label="Keandalan sumber"
                required
                options={RELIABILITY_GRADES.map((g) => ({ value: g, label: `${g} — ${RELIABILITY_LABELS[g]}` }))}
              />
              <SelectInput
                field="kredibilitas"
                label="Kebenaran informasi"
                required
                options={[1, 2, 3, 4, 5, 6].map((n) => ({
                  value: String(n),
                  label: `${n} — ${CREDIBILITY_LABELS[n]}`,
                }))}
              />
            </div>
          </section>
          <section aria-labelledby="f-fakta">
            <h3 id="f-fakta">II. Fakta (5W + 1H)</h3>
            <TextInput field="uraian" label="Apa yang terjadi" required lines={2} />
            <div className="form-row">
              <DateInput label="Bilamana — tanggal" required />
              <SelectInput
                field="presisi"
                label="Ketepatan tanggal"
                placeholder={null}
                options={DATE_PRECISIONS.map((p) => ({ value: p, label: PRECISION_LABELS[p] }))}
              />
              <TextInput field="waktu" label="Jam" hint="(JJ.MM, bila diketahui)" placeholder="21.30" />
            </div>
            <WherePicker />
            <TextInput field="lokasi" label="Tempat kejadian" placeholder="desa, jalan, gedung" />
            <TextInput field="aktor" label="Siapa — aktor dan pihak terlibat" lines={2} />
            <TextInput field="bagaimana" label="Bagaimana — kronologi" lines={4} />
            <TextInput field="mengapa" label="Mengapa — latar belakang dan motif" lines={2} />
          </section>
          <section aria-labelledby="f-golongan">
            <h3 id="f-golongan">III. Penggolongan</h3>
            <RadioRow
              field="jenis"
              legend="Jenis ATHG"
              required
              options={ATHG_TYPES.map((t) => ({ value: t, label: ATHG_LABELS[t] }))}
            />
            <div className="form-row">
              <SelectInput
                field="aspek"
                label="Aspek"
                required
                options={ASPECTS.map((a) => ({ value: a, label: ASPECT_LABELS[a] }))}
              />
              <SelectInput field="kategoriId" label="Kategori" required options={categoryOptions} />
            </div>
            <RadioRow
              field="keparahan"
              legend="Tingkat keparahan"
              required
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n), title: SEVERITY_LABELS[n] }))}
            />
            <StageChoice />
          </section>
          <section aria-labelledby="f-analisis">
            <h3 id="f-analisis">IV. Analisis dan tindak lanjut</h3>
            <TextInput field="analisis" label="Analisis pelapor" lines={2} />
            <TextInput field="prediksi" label="Prediksi" lines={2} />
            <TextInput field="langkah" label="Langkah yang telah diambil" lines={2} />
            <TextInput field="rekomendasi" label="Rekomendasi" lines={2} />
          </section>
          <section aria-labelledby="f-status">
            <h3 id="f-status">V. Status</h3>
            <div className="form-row">
              <SelectInput
                field="status"
                label="Status penanganan"
                placeholder={null}
                options={REPORT_STATUSES.map((s) => ({
                  value: s,
                  label: STATUS_LABELS[s],
                  disabled: !canMoveStatus(form.originalStatus, s),
                }))}
              />
              <TextInput field="pencatat" label="Dicatat oleh" />
            </div>
          </section>
        </div>
        <footer>
          {errorCount > 0 && (
            <p className="form-errors" role="alert">
              Periksa {formatNumber(errorCount)} isian yang ditandai merah; laporan belum disimpan.
            </p>
          )}
          <DuplicateWarning />
          <NoticeBar host="report-form" />
          <button type="button" onClick={reportFormClosed}>
            Batal
          </button>
          <button type="submit" className="primary" data-autofocus disabled={form.saving}>
            {form.saving ? 'Menyimpan…' : 'Simpan'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
