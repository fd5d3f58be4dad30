import { formatNumber } from '../../../shared/format/number';
import type { MergePreview } from '../../../shared/import/merge';
import { DialogActions, ModalDialog } from '../components/ModalDialog';
import { JobProgress } from '../jobs/JobProgress';
import {
  mergeCancelled,
  mergeCommitted,
  mergeConflictSettled,
  mergeDialogClosed,
  mergeFilesRequested,
} from '../store/actions/merge-actions';
import { canCommitMerge, rowsToStore, undecidedCount } from '../store/merge-session';
import { useWaspada } from '../store/store';
import { ConflictTable } from './ConflictTable';

/** Each file's tally and what was found in it (tampering, duplicates, rows with errors). */
function FileList({ preview }: { preview: MergePreview }) {
  return (
    <ul className="issues">
      {preview.files.map((file) => (
        <li key={file.fileName} className={file.rows.errors > 0 ? 'error' : ''}>
          <strong>{file.fileName}</strong>
          {file.province ? ` · Provinsi ${file.province}` : ''} · {formatNumber(file.rows.stored)} baris terbaca ·{' '}
          <span className="severity">{formatNumber(file.rows.errors)} galat</span>
          {file.messages.slice(1).map((m) => (
            <div key={m} className="warning">
              {m}
            </div>
          ))}
          {file.issues
            .filter((i) => i.severity === 'error')
            .slice(0, 5)
            .map((i) => (
              <div key={`${i.row}-${i.message}`} className="muted">
                baris {i.row}: {i.message}
              </div>
            ))}
        </li>
      ))}
    </ul>
  );
}

/** The first screen: pick the files ("Pilih berkas…" is the dialog's primary action). */
function MergeStart() {
  return (
    <div className="import-start">
      <p>
        Pilih dua berkas atau lebih — biasanya templat pengumpulan yang dikirim kembali oleh provinsi. Semuanya dibaca
        dan digabung menjadi satu batch; wilayah yang diisi berbeda di dua berkas ditunjukkan untuk Anda putuskan
        sebelum apa pun disimpan.
      </p>
      <button type="button" className="primary" data-autofocus onClick={() => void mergeFilesRequested()}>
        Pilih berkas…
      </button>
    </div>
  );
}

/** What the files will become: the tally, each file's findings, and the regions the analyst must settle. */
function MergePreviewSection({ preview }: { preview: MergePreview }) {
  const choices = useWaspada((s) => s.mergeSession.choices);
  return (
    <div className="import-preview">
      {/* Focus lands here when the preview arrives: the summary is what the analyst reads first. */}
      <p className="import-summary" tabIndex={-1} data-autofocus>
        {formatNumber(preview.files.length)} berkas · <strong>{preview.layerName}</strong> ·{' '}
        {formatNumber(preview.rows.read)} baris dibaca · {formatNumber(preview.conflicts.length)} wilayah berkonflik
      </p>
      {preview.messages.map((m) => (
        <p key={m} className="warning">
          {m}
        </p>
      ))}
      <h3>Berkas</h3>
      <FileList preview={preview} />
      {preview.conflicts.length > 0 && (
        <>
          <h3>Wilayah yang diisi berbeda</h3>
          <ConflictTable conflicts={preview.conflicts} choices={choices} onChoose={mergeConflictSettled} />
        </>
      )}
    </div>
  );
}

/**
 * Several returned templates imported in one go: every file is read (the 'merge' job, with its progress and
 * "Hentikan"), regions two files fill in differently are listed for the analyst to settle, and only then is
 * everything stored as one batch. Failures show as the dialog's notices.
 */
export function MergeDialog() {
  const session = useWaspada((s) => s.mergeSession);
  const reading = useWaspada((s) => s.jobs.merge !== undefined);
  const { preview } = session;
  const undecided = undecidedCount(session);
  const footer = (
    <>
      {undecided > 0 && <span className="muted">{formatNumber(undecided)} wilayah belum diputuskan.</span>}
      <DialogActions
        onCancel={mergeDialogClosed}
        action={
          session.committing ? 'Menyimpan…' : `Simpan ${formatNumber(rowsToStore(session))} baris sebagai satu batch`
        }
        disabled={!canCommitMerge(session)}
        onAction={() => void mergeCommitted()}
        autofocus={false}
      />
    </>
  );
  return (
    <ModalDialog
      name="merge"
      title="Impor beberapa berkas sekaligus"
      label="Impor beberapa templat"
      closeLabel="Tutup impor beberapa berkas"
      className="import-dialog"
      onClose={mergeDialogClosed}
      footer={footer}
    >
      {!preview && !reading && <MergeStart />}
      {!preview && (
        <div className="import-progress">
          <JobProgress kind="merge" label="Kemajuan membaca berkas" onCancel={mergeCancelled} />
        </div>
      )}
      {preview && <MergePreviewSection preview={preview} />}
    </ModalDialog>
  );
}
