import type { BriefingLayout } from '../../../shared/briefing/layout';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { SavedLayouts } from './SavedLayouts';

/** Everything on the page the analyst can set: area, texts, paper, orientation, binding margin and the options. */
export function LayoutForm() {
  const layout = useWaspada((s) => s.briefingLayout);
  const area = useWaspada((s) => s.briefingArea);
  const provinces = useWaspada((s) => s.provinces);
  const edit = useWaspada((s) => s.briefingLayoutEdited);
  const chooseArea = useWaspada((s) => s.briefingAreaChosen);
  const layer = useActiveLayer();
  const set =
    <K extends keyof BriefingLayout>(key: K) =>
    (value: BriefingLayout[K]) =>
      edit({ [key]: value });

  return (
    <form className="briefing-form" onSubmit={(e) => e.preventDefault()} aria-label="Isi dan tata letak halaman">
      <label>
        Wilayah
        <select aria-label="Wilayah" value={area ?? ''} onChange={(e) => chooseArea(e.target.value || null)}>
          {layer?.level !== 3 && <option value="">Seluruh Indonesia</option>}
          {layer?.level !== 1 &&
            provinces.map((p) => (
              <option key={p.kode} value={p.kode}>
                Provinsi {p.nama}
              </option>
            ))}
        </select>
      </label>
      <label>
        Judul
        <input
          aria-label="Judul"
          value={layout.title}
          maxLength={200}
          placeholder="(otomatis dari lapisan dan wilayah)"
          onChange={(e) => set('title')(e.target.value)}
        />
      </label>
      <label>
        Subjudul
        <input
          aria-label="Subjudul"
          value={layout.subtitle}
          maxLength={300}
          placeholder="(otomatis)"
          onChange={(e) => set('subtitle')(e.target.value)}
        />
      </label>
      <label>
        Catatan di kaki halaman
        <textarea
          aria-label="Catatan"
          rows={3}
          maxLength={1000}
          value={layout.notes}
          onChange={(e) => set('notes')(e.target.value)}
        />
      </label>
      <div className="row">
        <label>
          Kertas
          <select
            aria-label="Kertas"
            value={layout.paper}
            onChange={(e) => set('paper')(e.target.value as BriefingLayout['paper'])}
          >
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
        </label>
        <label>
          Arah
          <select
            aria-label="Arah"
            value={layout.orientation}
            onChange={(e) => set('orientation')(e.target.value as BriefingLayout['orientation'])}
          >
            <option value="landscape">Mendatar</option>
            <option value="portrait">Tegak</option>
          </select>
        </label>
        <label>
          Margin jilid
          <select
            aria-label="Margin jilid"
            value={layout.binding}
            onChange={(e) => set('binding')(e.target.value as BriefingLayout['binding'])}
          >
            <option value="none">Tidak ada</option>
            <option value="left">Kiri</option>
            <option value="top">Atas</option>
          </select>
        </label>
      </div>
      <div className="row">
        <label>
          Nama wilayah
          <select
            aria-label="Nama wilayah"
            value={layout.labels}
            onChange={(e) => set('labels')(e.target.value as BriefingLayout['labels'])}
          >
            <option value="auto">Otomatis</option>
            <option value="none">Tanpa nama</option>
            <option value="all">Semua wilayah</option>
            <option value="top">Nilai tertinggi saja</option>
          </select>
        </label>
        <label>
          Jumlah teratas
          <input
            type="number"
            min={1}
            max={100}
            value={layout.labelTop}
            disabled={layout.labels !== 'top'}
            onChange={(e) => set('labelTop')(Math.min(100, Math.max(1, Number(e.target.value) || 1)))}
          />
        </label>
      </div>
      <label className="check">
        <input type="checkbox" checked={layout.inset} onChange={(e) => set('inset')(e.target.checked)} />
        Peta sisipan Indonesia (tampilan provinsi)
      </label>
      <label className="check">
        <input type="checkbox" checked={layout.table} onChange={(e) => set('table')(e.target.checked)} />
        Tabel peringkat,
        <input
          type="number"
          aria-label="Baris tabel peringkat"
          min={1}
          max={40}
          value={layout.tableTop}
          disabled={!layout.table}
          onChange={(e) => set('tableTop')(Math.min(40, Math.max(1, Number(e.target.value) || 1)))}
        />
        baris
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={layout.watermark || layer?.isDemo === true}
          disabled={layer?.isDemo === true}
          onChange={(e) => set('watermark')(e.target.checked)}
        />
        Tanda air "Data contoh — fiktif"
        {layer?.isDemo && <span className="muted"> (selalu untuk lapisan contoh)</span>}
      </label>
      <SavedLayouts />
    </form>
  );
}
