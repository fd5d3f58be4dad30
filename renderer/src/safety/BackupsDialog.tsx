import { useEffect, useState } from 'react';
import { MAX_BACKUP_KEEP } from '../../../shared/backups/backups';
import { useWaspada } from '../store/store';
import { BackupTable } from './BackupTable';
import { backupKeepChanged, backupRequested } from './safety-actions';
import { SafetyDialog } from './SafetyDialog';

/** Backups and restore: the list with each backup's date and contents, a backup now, and how many to keep. */
export function BackupsDialog() {
  const list = useWaspada((s) => s.backupList);
  const readOnly = useWaspada((s) => s.storeStatus?.state !== 'open');
  const [keep, setKeep] = useState('');
  useEffect(() => setKeep(list ? String(list.keep) : ''), [list]);
  const keepValue = Number(keep);
  const keepValid = Number.isInteger(keepValue) && keepValue >= 1 && keepValue <= MAX_BACKUP_KEEP;
  return (
    <SafetyDialog
      screen="backups"
      title="Cadangan dan pemulihan"
      footer={
        <button
          type="button"
          className="primary"
          data-autofocus
          disabled={readOnly}
          onClick={() => void backupRequested()}
        >
          Buat cadangan sekarang
        </button>
      }
    >
      {!list ? (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> Memuat daftar cadangan…
        </p>
      ) : (
        <>
          <p className="muted">
            Folder cadangan: <code>{list.folder}</code>. Memulihkan cadangan lebih dulu mencadangkan basis data saat
            ini, jadi tidak ada yang hilang.
          </p>
          <form
            className="keep-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (keepValid) void backupKeepChanged(keepValue);
            }}
          >
            <label>
              Simpan{' '}
              <input
                type="number"
                min={1}
                max={MAX_BACKUP_KEEP}
                value={keep}
                disabled={readOnly}
                onChange={(event) => setKeep(event.target.value)}
                aria-describedby="keep-help"
              />{' '}
              cadangan terakhir
            </label>
            <button type="submit" disabled={readOnly || !keepValid || keepValue === list.keep}>
              Terapkan
            </button>
            <span id="keep-help" className="muted">
              {keepValid ? 'Cadangan yang lebih lama dihapus.' : `Isi angka 1 sampai ${MAX_BACKUP_KEEP}.`}
            </span>
          </form>
          <BackupTable backups={list.backups} />
        </>
      )}
    </SafetyDialog>
  );
}
