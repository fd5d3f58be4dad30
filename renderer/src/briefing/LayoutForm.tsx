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
        <LayoutChoice
          field="paper"
          label="Kertas"
          options={[
            ['A4', 'A4'],
            ['A3', 'A3'],
          ]}
        />
        <LayoutChoice
          field="orientation"
          label="Arah"
          options={[
            ['landscape', 'Mendatar'],
            ['portrait', 'Tegak'],
          ]}
        />
        <LayoutChoice
          field="binding"
          label="Margin jilid"
          options={[
            ['none', 'Tidak ada'],
            ['left', 'Kiri'],
            ['top', 'Atas'],
          ]}
        />
      </div>
      <div className="row">
        <LayoutChoice
          field="labels"
          label="Nama wilayah"
          options={[
            ['auto', 'Otomatis'],
            ['none', 'Tanpa nama'],
            ['all', 'Semua wilayah'],
            ['top', 'Nilai tertinggi saja'],
          ]}
        />
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

/** The layout fields chosen from a list. */
type ChoiceField = 'paper' | 'orientation' | 'binding' | 'labels';

/** One of the page's list choices (paper, orientation, binding margin, region names) as a labelled select. */
function LayoutChoice<K extends ChoiceField>(props: {
  field: K;
  label: string;
  options: [BriefingLayout[K], string][];
}) {
  const value = useWaspada((s) => s.briefingLayout[props.field]);
  const edit = useWaspada((s) => s.briefingLayoutEdited);
  return (
    <label>
      {props.label}
      <select
        aria-label={props.label}
        value={value}
        onChange={(e) => edit({ [props.field]: e.target.value as BriefingLayout[K] })}
      >
        {props.options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
