import { useState } from 'react';
import type { ImportPreview } from '../../../shared/import/preview';
import type { UnsettledRegion } from '../../../shared/import/types';
import { formatNumber } from '../../../shared/format/number';
import { papuaSplitOf, type PapuaSplit } from '../../../shared/import/papua-split';
import { PapuaChoice } from './PapuaChoice';
import { SkippedRows } from './SkippedRows';

/** One ambiguous or unknown region with its candidates; the analyst's choice is remembered as an alias. */
function Resolve({ item, onResolve }: { item: UnsettledRegion; onResolve(item: UnsettledRegion, kode: string): void }) {
  const [kode, setKode] = useState('');
  if (!item.name)
    return (
      <span className="muted">
        Baris ini hanya berisi kode: tentukan "Kode wilayah menurut" di pengaturan impor, atau tambahkan nama wilayah di
        berkas.
      </span>
    );
  if (item.candidates.length === 0)
    return <span className="muted">Tidak ada kandidat — perbaiki nama atau kode di berkas.</span>;
  return (
    <span className="resolve">
      <select
        aria-label={`Wilayah untuk "${item.input}" baris ${item.row}`}
        value={kode}
        onChange={(e) => setKode(e.target.value)}
      >
        <option value="">Pilih wilayah yang dimaksud…</option>
        {item.candidates.map((c) => (
          <option key={c.kode} value={c.kode}>
            {c.nama} — {c.provinsi} ({c.kode})
          </option>
        ))}
      </select>
      <button type="button" disabled={!kode} onClick={() => onResolve(item, kode)}>
        Ingat pilihan ini
      </button>
    </span>
  );
}

/** Regions to settle, every error and warning by row, then skipped rows by reason; the full list downloads as CSV. */
export function IssueList({
  preview,
  onResolve,
  onPapua,
}: {
  preview: ImportPreview;
  onResolve(item: UnsettledRegion, kode: string): void;
  onPapua(from: PapuaSplit['from'], choice: string): void;
}) {
  const unsettled = [...preview.regions.ambiguous, ...preview.regions.unmatched];
  const unsettledTotal = preview.regions.ambiguousTotal + preview.regions.unmatchedTotal;
  const others = preview.issues.filter((i) => !i.candidates);
  return (
    <section aria-label="Masalah per baris">
      {unsettled.length > 0 && (
        <>
          <h3>Wilayah yang perlu dipastikan ({formatNumber(unsettledTotal)})</h3>
          {unsettled.length < unsettledTotal && (
            <p className="muted">
              Menampilkan {formatNumber(unsettled.length)} dari {formatNumber(unsettledTotal)}; daftar lengkap ada di
              CSV daftar masalah.
            </p>
          )}
          <p className="muted">
            Waspada tidak menebak. Pilih wilayah yang dimaksud; pilihan diingat untuk impor berikutnya.
          </p>
          <ul className="issues">
            {unsettled.map((item) => {
              const split = papuaSplitOf({ status: 'ambiguous', candidates: item.candidates });
              return (
                <li key={`${item.row}-${item.input}`}>
                  <span className="issue-row">Baris {item.row}</span> <strong>{item.input}</strong>
                  {item.province ? ` (${item.province})` : ''} — {item.reason}
                  <div>
                    {split ? (
                      <PapuaChoice item={item} split={split} onChoose={onPapua} />
                    ) : (
                      <Resolve item={item} onResolve={onResolve} />
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <>
          <h3>Galat dan peringatan</h3>
          {preview.issues.length >= 500 && (
            <p className="muted">Menampilkan 500 pertama; unduh CSV daftar masalah untuk semuanya.</p>
          )}
          <ul className="issues">
            {others.map((issue, i) => (
              <li key={i} className={issue.severity}>
                <span className="issue-row">Baris {issue.row}</span>{' '}
                <span className="severity">{issue.severity === 'error' ? 'Galat' : 'Peringatan'}</span> {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {unsettled.length === 0 && others.length === 0 && <p className="ok">Tidak ada galat atau peringatan.</p>}
      <SkippedRows groups={preview.skipped} />
    </section>
  );
}
