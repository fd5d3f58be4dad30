import { useState } from 'react';
import { briefingLayoutApplied, briefingLayoutDeleted, briefingLayoutSaved } from '../store/actions/briefing-actions';
import { useWaspada } from '../store/store';

/** Layouts saved by name: pick one to reuse it, save the current one, delete one no longer wanted. */
export function SavedLayouts() {
  const saved = useWaspada((s) => s.savedLayouts);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const save = () => {
    if (name.trim()) void briefingLayoutSaved(name.trim()).then(() => setName(''));
  };

  return (
    <fieldset className="saved-layouts">
      <legend>Tata letak tersimpan</legend>
      {saved.length === 0 ? (
        <p className="muted">Belum ada. Atur halaman, beri nama, lalu simpan untuk dipakai lagi.</p>
      ) : (
        <div className="row">
          <select aria-label="Tata letak tersimpan" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">— pilih —</option>
            {saved.map((l) => (
              <option key={l.name} value={l.name}>
                {l.name}
              </option>
            ))}
          </select>
          <button type="button" disabled={!chosen} onClick={() => briefingLayoutApplied(chosen)}>
            Pakai
          </button>
          <button
            type="button"
            disabled={!chosen}
            onClick={() => void briefingLayoutDeleted(chosen).then(() => setChosen(''))}
          >
            Hapus
          </button>
        </div>
      )}
      {/* Not a <form>: this sits inside the layout form, and forms cannot nest. */}
      <div className="row">
        <input
          aria-label="Nama tata letak"
          placeholder="mis. Rakor provinsi A3"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              save();
            }
          }}
        />
        <button type="button" disabled={!name.trim()} onClick={save}>
          Simpan tata letak
        </button>
      </div>
    </fieldset>
  );
}
