import { useEffect, useRef } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { useWaspada } from '../store/store';

const KIND_LABEL = { provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota', kecamatan: 'Kecamatan' } as const;
const CHILD_LABEL = { provinsi: 'kabupaten/kota', kabupaten: 'kecamatan', kota: 'kecamatan', kecamatan: 'desa/kelurahan' } as const;

/** Side panel for the selected region: identity, Pilkada 2024 status and its value in every layer. Escape closes. */
export function RegionPanel() {
  const detail = useWaspada((s) => s.detail);
  const layers = useWaspada((s) => s.layers);
  const close = useWaspada((s) => s.selectionCleared);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!detail) return;
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [detail, close]);

  if (!detail) return null;
  const { region } = detail;
  return (
    <aside className="panel region-panel" aria-label={`Rincian ${region.nama}`}>
      <button type="button" className="close" aria-label="Tutup rincian wilayah" onClick={close}>×</button>
      <p className="eyebrow">{KIND_LABEL[region.jenis]} · {region.kode}</p>
      <h2 ref={heading} tabIndex={-1}>{region.nama}</h2>
      {detail.parentName && <p className="muted">{region.level === 3 ? 'Kab/kota' : 'Provinsi'}: {detail.parentName}</p>}
      <dl className="facts">
        <dt>Pilkada 27 November 2024</dt>
        <dd>{region.level === 3 ? '—' : region.pilkada2024 ? 'Ya, menyelenggarakan' : 'Tidak menyelenggarakan'}</dd>
        <dt>Wilayah di bawahnya</dt>
        <dd>{formatNumber(detail.childCount)} {CHILD_LABEL[region.jenis]}</dd>
      </dl>
      <h3>Nilai per lapisan</h3>
      {detail.values.length === 0 ? (
        <p className="empty">Belum ada nilai untuk wilayah ini di lapisan mana pun.</p>
      ) : (
        <table className="values">
          <thead>
            <tr><th scope="col">Lapisan</th><th scope="col">Nilai</th><th scope="col">Kelas</th></tr>
          </thead>
          <tbody>
            {detail.values.map((v) => {
              const layer = layers.find((l) => l.id === v.layerId);
              const cls = v.classIndex === null ? null : layer?.classification.classes[v.classIndex];
              return (
                <tr key={v.layerId}>
                  <td>{v.layerName}</td>
                  <td className="number">{v.value === null ? 'tidak ada' : formatNumber(v.value)}</td>
                  <td>{cls ? <><span className="swatch" style={{ background: cls.color }} /> {cls.label}</> : (v.category ?? '—')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </aside>
  );
}
