import { useEffect } from 'react';
import type { StoreStatus } from '../../../shared/safety/store-status';
import { useWaspada } from '../store/store';
import { BackupTable } from './BackupTable';
import { backupsRefreshed } from './safety-actions';

/** The store cannot be opened at all: why, where it is, and the backups that can replace it. */
export function StoreProblem({ status }: { status: Extract<StoreStatus, { state: 'unavailable' }> }) {
  const list = useWaspada((s) => s.backupList);
  useEffect(() => void backupsRefreshed(), []);
  return (
    <main className="safety-screen">
      <section className="safety-card wide" role="alertdialog" aria-labelledby="problem-title">
        <h1 id="problem-title">Basis data tidak dapat dibuka</h1>
        <p className="notice error">{status.message}</p>
        {status.dataDir && (
          <p className="muted">
            Folder data: <code>{status.dataDir}</code>
          </p>
        )}
        <h2>Pulihkan dari cadangan</h2>
        {list ? <BackupTable backups={list.backups} /> : <p role="status">Memuat daftar cadangan…</p>}
      </section>
    </main>
  );
}
