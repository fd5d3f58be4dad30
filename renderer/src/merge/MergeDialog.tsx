import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../../shared/format/number';
import type { MergePreview } from '../../../shared/import/merge';
import { ModalDialog } from '../components/ModalDialog';
import { mergeCommitted, mergeDialogClosed } from '../store/actions/merge-actions';
import { useWaspada } from '../store/store';
import { ConflictTable } from './ConflictTable';
import { pickedFromFile } from '../platform/browser-files';
import { useMergeJob } from './use-merge-job';
import '../export/export.css';

const ACCEPT = '.xlsx,.xlsm,.xls,.ods,.csv';

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

/**
 * Several returned templates imported in one go: every file is read, regions two files fill in differently are
 * listed for the analyst to settle, and only then is everything stored as one batch.
 */
export function MergeDialog() {
  const open = useWaspada((s) => s.dialog === 'merge');
  const handed = useWaspada((s) => s.mergeFiles);
  const input = useRef<HTMLInputElement>(null);
  const { state, jobId, error, start, reset } = useMergeJob();
  const [choices, setChoices] = useState<Map<string, number | null>>(new Map());
  const [commitError, setCommitError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const preview = state?.state === 'ready' ? state.preview : null;

  useEffect(() => {
    if (open && handed && handed.length > 0) void start(handed);
  }, [open, handed, start]);

  const choose = async (files: File[]) => {
    setChoices(new Map());
    setCommitError(null);
    if (files.length < 2) setCommitError('Pilih sedikitnya dua berkas untuk digabung (tahan Ctrl atau Shift).');
    else void start(await Promise.all(files.map((file) => pickedFromFile(file))));
  };
  const close = () => {
    reset();
    setChoices(new Map());
    setCommitError(null);
    mergeDialogClosed();
  };
  const undecided = preview ? preview.conflicts.filter((c) => !choices.has(c.kode)).length : 0;
  const commit = async () => {
    if (!jobId) return;
    setCommitting(true);
    const refused = await mergeCommitted(
      jobId,
      [...choices].map(([kode, file]) => ({ kode, file })),
    );
    setCommitting(false);
    if (refused) setCommitError(refused);
    else close();
  };
  const chosenRows = preview ? preview.rows.stored + [...choices.values()].filter((f) => f !== null).length : 0;
  return (
    <ModalDialog
      name="merge"
      title="Impor beberapa berkas sekaligus"
      label="Impor beberapa templat"
      closeLabel="Tutup impor beberapa berkas"
      className="import-dialog"
      onClose={close}
      footer={
        <>
          {commitError && state && (
            <p className="notice error" role="alert">
              {commitError}
            </p>
          )}
          {preview && undecided > 0 && (
            <span className="muted">{formatNumber(undecided)} wilayah belum diputuskan.</span>
          )}
          <button type="button" onClick={close}>
            Batal
          </button>
          <button
            type="button"
            className="primary"
            disabled={!preview || undecided > 0 || committing || chosenRows === 0}
            onClick={() => void commit()}
          >
            {committing ? 'Menyimpan…' : `Simpan ${formatNumber(chosenRows)} baris sebagai satu batch`}
          </button>
        </>
      }
    >
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label="Berkas templat yang kembali"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void choose(files);
        }}
      />
      {!state && (
        <div className="import-start">
          <p>
            Pilih dua berkas atau lebih — biasanya templat pengumpulan yang dikirim kembali oleh provinsi. Semuanya
            dibaca dan digabung menjadi satu batch; wilayah yang diisi berbeda di dua berkas ditunjukkan untuk Anda
            putuskan sebelum apa pun disimpan.
          </p>
          <button type="button" data-autofocus onClick={() => input.current?.click()}>
            Pilih berkas…
          </button>
          {(error ?? commitError) && (
            <p className="notice error" role="alert">
              {error ?? commitError}
            </p>
          )}
        </div>
      )}
      {state?.state === 'running' && (
        <div className="import-progress" role="status">
          <p>
            Membaca berkas {Math.min(state.progress.file + 1, state.progress.files)} dari {state.progress.files}:{' '}
            {state.progress.fileName}
          </p>
          <progress aria-label="Kemajuan membaca berkas" max={state.progress.files} value={state.progress.file} />
        </div>
      )}
      {state?.state === 'failed' && (
        <div className="import-start">
          <p className="notice error" role="alert">
            {state.error.message}
          </p>
          <button type="button" onClick={() => (reset(), input.current?.click())}>
            Pilih berkas lain…
          </button>
        </div>
      )}
      {preview && (
        <div className="import-preview">
          <p className="import-summary">
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
              <ConflictTable
                conflicts={preview.conflicts}
                choices={choices}
                onChoose={(kode, file) => setChoices((prev) => new Map(prev).set(kode, file))}
              />
            </>
          )}
        </div>
      )}
    </ModalDialog>
  );
}
