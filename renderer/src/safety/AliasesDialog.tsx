import { formatDateTime } from '../../../shared/format/date';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import { useWaspada } from '../store/store';
import { TableHead } from './TableHead';
import { aliasForgotten } from './safety-actions';
import { SafetyDialog } from './SafetyDialog';

/** The remembered answers to "which region did you mean?": each can be forgotten, so the next import asks again. */
export function AliasesDialog() {
  const aliases = useWaspada((s) => s.aliasEntries);
  const readOnly = useWaspada((s) => s.storeStatus?.state !== 'open');
  return (
    <SafetyDialog screen="aliases" title="Jawaban wilayah yang diingat">
      <p className="muted">
        Saat impor menemukan nama wilayah yang ambigu, pilihan Anda diingat agar tidak ditanyakan lagi. Lupakan pilihan
        yang keliru; impor berikutnya akan bertanya lagi.
      </p>
      {!aliases ? (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> Memuat…
        </p>
      ) : aliases.length === 0 ? (
        <p className="empty">Belum ada jawaban yang diingat.</p>
      ) : (
        <table className="safety-table">
          <TableHead columns={['Ditulis', 'Berarti', 'Tingkat', 'Sejak', '']} />
          <tbody>
            {aliases.map((alias) => (
              <tr key={`${alias.nameKey}|${alias.provinceKey}|${alias.level}`}>
                <td>{alias.input}</td>
                <td>
                  {alias.nama} <span className="muted">({alias.kode})</span>
                </td>
                <td>{LEVEL_LABELS[alias.level]}</td>
                <td className="nowrap">{formatDateTime(new Date(alias.createdAt))}</td>
                <td>
                  <button type="button" disabled={readOnly} onClick={() => void aliasForgotten(alias)}>
                    Lupakan
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </SafetyDialog>
  );
}
