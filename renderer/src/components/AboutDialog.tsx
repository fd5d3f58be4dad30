import { useRef } from 'react';
import { CREDITS } from '../../../shared/credits';
import { formatNumber } from '../../../shared/format/number';
import { aboutClosed } from '../store/actions/app-actions';
import { useWaspada } from '../store/store';
import { BoundaryPicker } from './BoundaryPicker';
import { useModalDialog } from './focus';
import { NoticeBar } from './NoticeBar';

/** About: version, data folder, counts, and the licence notices the data requires (MIT boundaries, ODbL regions),
 * shown from shared/credits.ts directly so they appear even when the store cannot be reached. */
export function AboutDialog() {
  const open = useWaspada((s) => s.dialog === 'about');
  return open ? <AboutContent /> : null;
}

function AboutContent() {
  const dialog = useRef<HTMLDialogElement>(null);
  const info = useWaspada((s) => s.appInfo);
  useModalDialog(dialog);
  return (
    <dialog ref={dialog} className="about" aria-label="Tentang Waspada" onClose={aboutClosed}>
      <h2>Tentang Waspada</h2>
      <p>Stasiun kerja kewaspadaan dini kerawanan Pilkada dan Pemilu — bekerja sepenuhnya luring.</p>
      {info && (
        <dl className="facts">
          <dt>Versi</dt>
          <dd>
            {info.version} (skema basis data {info.schemaVersion})
          </dd>
          <dt>Folder data</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
          <dt>Wilayah</dt>
          <dd>
            {formatNumber(info.regions.provinsi)} provinsi · {formatNumber(info.regions.kabkota)} kab/kota ·{' '}
            {formatNumber(info.regions.kecamatan)} kecamatan
          </dd>
          <dt>Batas wilayah</dt>
          <dd>
            {formatNumber(info.boundaries.provinsi)} provinsi · {formatNumber(info.boundaries.kabkota)} kab/kota ·{' '}
            {formatNumber(info.boundaries.kecamatan)} kecamatan
          </dd>
          <dt>Sumber batas</dt>
          <dd>{info.boundarySources.length > 0 ? info.boundarySources.join('; ') : 'belum ada batas dimuat'}</dd>
        </dl>
      )}
      <p>
        <BoundaryPicker label="Ganti batas wilayah dari berkas…" />
      </p>
      <h3>Sumber data dan lisensi</h3>
      {CREDITS.map((credit) => (
        <details key={credit.title}>
          <summary>
            {credit.title} — {credit.licence}
          </summary>
          <pre>{credit.text}</pre>
        </details>
      ))}
      <NoticeBar host="about" />
      <form method="dialog">
        <button type="submit" data-autofocus>
          Tutup
        </button>
      </form>
    </dialog>
  );
}
