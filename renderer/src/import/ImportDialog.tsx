import { formatNumber } from '../../../shared/format/number';
import type { ImportPreview } from '../../../shared/import/preview';
import { DialogActions, ModalDialog } from '../components/ModalDialog';
import { JobProgress } from '../jobs/JobProgress';
import {
  importCancelled,
  importCommitted,
  importDialogClosed,
  importFileDropped,
  importFileRequested,
  importIssuesSaved,
  importOptionsChanged,
  importRegionSettled,
} from '../store/actions/import-actions';
import { canCommit } from '../store/import-session';
import { useWaspada } from '../store/store';
import { ImportSettings } from './ImportSettings';
import { IssueList } from './IssueList';
import { MappingTable } from './MappingTable';
import { SampleTable } from './SampleTable';

/** The preview's tally after "akan disimpan": skipped rows, errors and how regions matched. */
function rowsAndRegions({ rows, regions }: ImportPreview): string {
  const counts = `${formatNumber(rows.skipped)} dilewati · ${formatNumber(rows.errors)} galat`;
  const matched = `${formatNumber(regions.matched)} cocok, ${formatNumber(regions.ambiguousTotal)} ambigu`;
  return `${counts} · wilayah: ${matched}, ${formatNumber(regions.unmatchedTotal)} tidak dikenali`;
}

/** The first screen: pick a file or drop one; "Pilih berkas…" is the dialog's primary action. */
function ImportStart() {
  return (
    <div
      className="import-start drop-zone"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file) void importFileDropped(file);
      }}
    >
      <p>
        Pilih atau seret ke sini berkas .xlsx, .xlsm, .xls, .ods atau .csv dari provinsi, Bawaslu, Polri atau
        kementerian. Tata letak tabel, judul kolom dan ejaan wilayah dikenali otomatis; tidak ada yang disimpan sebelum
        Anda menekan <strong>Simpan</strong>.
      </p>
      <button type="button" className="primary" data-autofocus onClick={() => void importFileRequested()}>
        Pilih berkas…
      </button>
    </div>
  );
}

/** What the file will become: layout found, counts, settings, column mapping, sample rows and problems. */
function PreviewSection({ preview }: { preview: ImportPreview }) {
  const options = useWaspada((s) => s.importSession.options);
  const layerName = useWaspada((s) => s.importSession.layerName);
  const presets = useWaspada((s) => s.presets);
  const nameLayer = useWaspada((s) => s.importLayerNamed);
  return (
    <div className="import-preview">
      {/* Focus lands here when a preview first loads: the summary is what the analyst reads first. */}
      <p className="import-summary" tabIndex={-1} data-autofocus>
        <strong>{preview.fileName}</strong> ({preview.format}) · lembar “{preview.sheet}” · judul di baris{' '}
        {preview.headerRow}, data mulai baris {preview.dataStartRow}
        <br />
        {formatNumber(preview.rows.read)} baris dibaca ·{' '}
        <strong>{formatNumber(preview.rows.stored)} akan disimpan</strong> · {rowsAndRegions(preview)}
      </p>
      {preview.messages.map((m) => (
        <p key={m} className="warning">
          {m}
        </p>
      ))}
      <ImportSettings
        preview={preview}
        options={options}
        presets={presets}
        layerName={layerName}
        onLayerName={nameLayer}
        onChange={(next) => void importOptionsChanged(next)}
      />
      <MappingTable
        headers={preview.headers}
        mapping={preview.mapping}
        onApply={(mapping) => void importOptionsChanged({ ...options, mapping })}
      />
      <h3>Pratinjau: baris seperti akan disimpan</h3>
      <SampleTable preview={preview} />
      <IssueList
        preview={preview}
        onResolve={(item, kode) => void importRegionSettled(item, kode)}
        onPapua={(from, choice) =>
          void importOptionsChanged({ ...options, papua: { ...options.papua, [from]: choice } })
        }
      />
    </div>
  );
}

/** Import a workbook: choose a file, watch it read, check the mapping and rows, settle regions, then commit once. */
export function ImportDialog() {
  const session = useWaspada((s) => s.importSession);
  const reading = useWaspada((s) => s.jobs.import !== undefined);
  const allowDuplicate = useWaspada((s) => s.importDuplicateAllowed);
  const { preview } = session;
  const progress = <JobProgress kind="import" label="Kemajuan impor" onCancel={importCancelled} />;
  const footer = (
    <>
      {/* A re-read with new options keeps the preview in place; its progress sits here, out of the way. */}
      {preview && progress}
      {preview && (
        <button type="button" onClick={() => void importIssuesSaved()}>
          Unduh daftar masalah (CSV)
        </button>
      )}
      {preview?.duplicateOf && (
        <label className="duplicate">
          <input
            type="checkbox"
            checked={session.allowDuplicate}
            onChange={(event) => allowDuplicate(event.target.checked)}
          />{' '}
          Saya sengaja mengimpor ulang berkas yang sama
        </label>
      )}
      <DialogActions
        onCancel={importDialogClosed}
        action={
          session.committing ? 'Menyimpan…' : preview ? `Simpan ${formatNumber(preview.rows.stored)} baris` : 'Simpan'
        }
        disabled={!canCommit(session, reading)}
        onAction={() => void importCommitted()}
        autofocus={false}
      />
    </>
  );
  return (
    <ModalDialog
      name="import"
      title="Impor buku kerja"
      closeLabel="Tutup impor"
      className="import-dialog"
      onClose={importDialogClosed}
      footer={footer}
    >
      {!preview && !reading && <ImportStart />}
      {!preview && <div className="import-progress">{progress}</div>}
      {preview && <PreviewSection preview={preview} />}
    </ModalDialog>
  );
}
