import type { LevelCounts } from '../../../shared/api/types';
import { CREDITS } from '../../../shared/credits';
import { formatNumber } from '../../../shared/format/number';
import { aboutClosed } from '../store/actions/app-actions';
import { useWaspada } from '../store/store';
import { BoundaryPicker } from './BoundaryPicker';
import { ModalDialog } from './ModalDialog';

/** "38 provinsi · 514 kab/kota · 7.285 kecamatan". */
function levelCounts(counts: LevelCounts): string {
  const { provinsi, kabkota, kecamatan } = counts;
  return [
    `${formatNumber(provinsi)} provinsi`,
    `${formatNumber(kabkota)} kab/kota`,
    `${formatNumber(kecamatan)} kecamatan`,
  ].join(' · ');
}

/** About: version, data folder, counts, and the licence notices the data requires (MIT boundaries, ODbL regions),
 * shown from shared/credits.ts directly so they appear even when the store cannot be reached. */
export function AboutDialog() {
  const info = useWaspada((s) => s.appInfo);
  return (
    <ModalDialog
      name="about"
      title="Tentang Waspada"
      closeLabel="Tutup tentang Waspada"
      className="about"
      onClose={aboutClosed}
      footer={
        <button type="button" data-autofocus onClick={aboutClosed}>
          Tutup
        </button>
      }
    >
      <div className="about-body">
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
            <dd>{levelCounts(info.regions)}</dd>
            <dt>Batas wilayah</dt>
            <dd>{levelCounts(info.boundaries)}</dd>
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
      </div>
    </ModalDialog>
  );
}
