import { useState } from 'react';
import type { StoreStatus } from '../../../shared/safety/store-status';
import { PassphraseField } from './PassphraseFields';
import { passphraseEntered } from './safety-actions';

/** Before anything loads: the encrypted store asks for its passphrase. */
export function UnlockScreen({ status }: { status: Extract<StoreStatus, { state: 'locked' }> }) {
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(status.message);
  const [working, setWorking] = useState(false);
  return (
    <main className="safety-screen">
      <form
        className="safety-card"
        aria-labelledby="unlock-title"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!passphrase) return setError('Isi frasa sandi.');
          setWorking(true);
          setError(await passphraseEntered(passphrase, remember));
          setWorking(false);
        }}
      >
        <h1 id="unlock-title">Basis data terkunci</h1>
        <p>Data Waspada di laptop ini dienkripsi. Masukkan frasa sandinya untuk membuka peta, lapisan dan laporan.</p>
        <PassphraseField
          label="Frasa sandi"
          value={passphrase}
          onChange={setPassphrase}
          autoFocus
          autoComplete="current-password"
        />
        {status.canRemember && (
          <label className="check">
            <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} /> Ingat
            di perangkat ini (disimpan terenkripsi oleh sistem operasi, hanya untuk akun ini)
          </label>
        )}
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={working}>
          {working ? 'Membuka…' : 'Buka'}
        </button>
        <p className="muted">
          Folder data: <code>{status.dataDir}</code>. Frasa sandi yang hilang tidak dapat dipulihkan.
        </p>
      </form>
    </main>
  );
}
