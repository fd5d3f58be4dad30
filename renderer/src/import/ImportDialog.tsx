import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { formatNumber } from '../../../shared/format/number';
import type { ImportPreview } from '../../../shared/import/preview';
import type { ImportOptions } from '../../../shared/import/types';
import { call } from '../api/client';
import { importCommitted } from '../store/actions';
import { saveTextFile } from '../safety/save-text-file';
import { useWaspada } from '../store/store';
import { IssueList } from './IssueList';
import { ImportSettings } from './ImportSettings';
import { MappingTable } from './MappingTable';
import { SampleTable } from './SampleTable';
import { useImportJob } from './use-import-job';

const PHASES = {
  membaca: 'Membaca berkas…',
  menata: 'Mengenali tata letak tabel…',
  mencocokkan: 'Mencocokkan wilayah',
  selesai: 'Selesai',
} as const;
const ACCEPT = '.xlsx,.xlsm,.xls,.ods,.csv';

/** The preview's tally after "akan disimpan": skipped rows, errors and how regions matched. */
function rowsAndRegions({ rows, regions }: ImportPreview): string {
  const counts = `${formatNumber(rows.skipped)} dilewati · ${formatNumber(rows.errors)} galat`;
  const matched = `${formatNumber(regions.matched)} cocok, ${formatNumber(regions.ambiguousTotal)} ambigu`;
  return `${counts} · wilayah: ${matched}, ${formatNumber(regions.unmatchedTotal)} tidak dikenali`;
}

/** Import a workbook: choose a file, watch it read, check the mapping and rows, settle regions, then commit once. */
export function ImportDialog() {
  const open = useWaspada((s) => s.importOpen);
  const toggle = useWaspada((s) => s.importToggled);
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { state, jobId, error, startFile, rerun, reset } = useImportJob();
  const [options, setOptions] = useState<ImportOptions>({});
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [presets, setPresets] = useState<{ id: string; name: string }[]>([]);
  const [layerName, setLayerName] = useState('');
  const preview = state?.state === 'ready' ? state.preview : null;

  useEffect(() => {
    if (!open) return;
    dialog.current?.showModal();
    // Asking for the presets also starts the import worker, so the first file does not wait for it.
    call('import.presets', {}).then(setPresets, (e: unknown) =>
      setCommitError(e instanceof ApiError ? e.message : 'Daftar produk tidak dapat dimuat.'),
    );
  }, [open]);
  useEffect(() => setLayerName(preview?.layerName ?? ''), [preview?.layerName]);
  /** Everything chosen for one file starts afresh for the next. */
  const clear = () => {
    reset();
    setOptions({});
    setAllowDuplicate(false);
    setCommitError(null);
  };
  const close = () => {
    clear();
    toggle(false);
  };
  const chooseFile = (file: File) => {
    clear();
    void startFile(file, {});
  };
  // A workbook dropped on the window (DesktopBridge) starts here as if it had been picked.
  const dropped = useWaspada((s) => s.droppedImportFile);
  useEffect(() => {
    if (!open || !dropped) return;
    useWaspada.getState().importFileDropped(null);
    chooseFile(dropped);
  }, [open, dropped]);
  if (!open) return null;

  const change = (next: ImportOptions) => {
    setOptions(next);
    void rerun(next);
  };
  const commit = async () => {
    if (!jobId) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const result = await call('import.commit', { jobId, allowDuplicate, layerName: layerName.trim() || undefined });
      if (result.status === 'rejected') setCommitError(result.messages.join(' '));
      else {
        await importCommitted(result);
        close();
      }
    } catch (e) {
      setCommitError(e instanceof ApiError ? e.message : 'Penyimpanan gagal; basis data tidak diubah. Coba lagi.');
    } finally {
      setCommitting(false);
    }
  };
  return (
    <dialog ref={dialog} className="import-dialog" aria-label="Impor buku kerja" onClose={close}>
      <header>
        <h2>Impor buku kerja</h2>
        <button type="button" className="close" aria-label="Tutup impor" onClick={close}>
          ×
        </button>
      </header>
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="Berkas buku kerja"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) chooseFile(file);
        }}
      />
      {!state && (
        <div
          className="import-start drop-zone"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const file = e.dataTransfer.files[0];
            if (file) chooseFile(file);
          }}
        >
          <p>
            Pilih atau seret ke sini berkas .xlsx, .xlsm, .xls, .ods atau .csv dari provinsi, Bawaslu, Polri atau
            kementerian. Tata letak tabel, judul kolom dan ejaan wilayah dikenali otomatis; tidak ada yang disimpan
            sebelum Anda menekan <strong>Simpan</strong>.
          </p>
          <button type="button" onClick={() => fileInput.current?.click()} autoFocus>
            Pilih berkas…
          </button>
          {error && (
            <p className="notice error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      {state?.state === 'running' && (
        <div className="import-progress" role="status">
          <p>
            {PHASES[state.progress.phase]}
            {state.progress.phase === 'mencocokkan'
              ? ` — ${formatNumber(state.progress.done)} dari ${formatNumber(state.progress.total)} baris`
              : ''}
          </p>
          <progress
            aria-label="Kemajuan impor"
            max={state.progress.phase === 'mencocokkan' ? state.progress.total : undefined}
            value={state.progress.phase === 'mencocokkan' ? state.progress.done : undefined}
          />
        </div>
      )}
      {state?.state === 'failed' && (
        <div className="import-start">
          <p className="notice error" role="alert">
            {state.error.message}
          </p>
          <button
            type="button"
            onClick={() => {
              clear();
              fileInput.current?.click();
            }}
          >
            Pilih berkas lain…
          </button>
        </div>
      )}
      {preview && (
        <div className="import-preview">
          <p className="import-summary">
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
            onLayerName={setLayerName}
            onChange={change}
          />
          <MappingTable
            headers={preview.headers}
            mapping={preview.mapping}
            onApply={(mapping) => change({ ...options, mapping })}
          />
          <h3>Pratinjau: baris seperti akan disimpan</h3>
          <SampleTable preview={preview} />
          <IssueList
            preview={preview}
            onResolve={(item, kode) => {
              if (!item.name) return;
              call('regions.remember', { input: item.name, province: item.province, level: item.level, kode }).then(
                () => rerun(options),
                (e: unknown) =>
                  setCommitError(
                    e instanceof ApiError ? e.message : 'Pilihan wilayah tidak dapat disimpan. Coba lagi.',
                  ),
              );
            }}
          />
        </div>
      )}
      <footer>
        {preview && (
          <button
            type="button"
            onClick={() =>
              jobId &&
              void call('import.issuesCsv', { jobId }).then(
                (r) => saveTextFile(r.fileName, r.csv),
                () => setCommitError('Daftar masalah tidak dapat dibuat. Coba lagi.'),
              )
            }
          >
            Unduh daftar masalah (CSV)
          </button>
        )}
        {preview?.duplicateOf && (
          <label className="duplicate">
            <input
              type="checkbox"
              checked={allowDuplicate}
              onChange={(event) => setAllowDuplicate(event.target.checked)}
            />{' '}
            Saya sengaja mengimpor ulang berkas yang sama
          </label>
        )}
        {commitError && (
          <p className="notice error" role="alert">
            {commitError}
          </p>
        )}
        <button type="button" onClick={close}>
          Batal
        </button>
        <button
          type="button"
          className="primary"
          disabled={!preview || preview.rows.stored === 0 || committing || (!!preview.duplicateOf && !allowDuplicate)}
          onClick={() => void commit()}
        >
          {committing ? 'Menyimpan…' : preview ? `Simpan ${formatNumber(preview.rows.stored)} baris` : 'Simpan'}
        </button>
      </footer>
    </dialog>
  );
}
