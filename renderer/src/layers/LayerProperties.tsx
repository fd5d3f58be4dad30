import { useState } from 'react';
import type { Break } from '../../../shared/classify/classification';
import {
  PRODUCT_LABEL,
  REGION_SET_LABEL,
  SCALE_KIND_LABEL,
  type Edition,
  type ProductId,
  type RegionSet,
  type ScaleKind,
} from '../../../shared/editions/edition';
import { SHIPPED_EDITIONS } from '../../../shared/editions/editions';
import { editionOf } from '../../../shared/editions/layer-edition';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import type { RegionLevel } from '../../../shared/regions/types';
import { DialogActions, ModalDialog } from '../components/ModalDialog';
import { editorClosed, propertiesSaved } from '../store/actions/editor-actions';
import { useWaspada } from '../store/store';

/** The layer properties panel: product, edition, date, scale, categories, thresholds per level, region set, notes. */
export function LayerProperties() {
  const open = useWaspada((s) => s.dialog === 'properties' && s.editorTarget?.detail !== null);
  return open ? <PropertiesContent /> : null;
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

function PropertiesContent() {
  const layer = useWaspada((s) => s.editorTarget!.detail!.layer);
  const [name, setName] = useState(layer.name);
  const [edition, setEdition] = useState<Edition>(structuredClone(editionOf(layer)));
  const [categoriesText, setCategoriesText] = useState(edition.categories.map((c) => c.label).join('\n'));
  const set = (patch: Partial<Edition>) => setEdition((e) => ({ ...e, ...patch }));
  const categories = categoriesText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((label) => ({ key: label.toLowerCase(), label }));
  const fromShipped = (id: string) => {
    const shipped = SHIPPED_EDITIONS.find((e) => e.editionId === id);
    if (!shipped) return;
    const copy = structuredClone(shipped);
    setEdition({ ...copy, source: edition.source || copy.source });
    setCategoriesText(copy.categories.map((c) => c.label).join('\n'));
  };
  const levels: RegionLevel[] = [1, 2, 3];
  const setCuts = (level: RegionLevel, cuts: Break[]) =>
    set({ thresholds: { ...edition.thresholds, [`${level}`]: cuts } });

  return (
    <ModalDialog
      name="properties"
      title={`Sifat lapisan — ${layer.name}`}
      label={`Sifat ${layer.name}`}
      closeLabel="Tutup sifat lapisan"
      className="editor properties"
      onClose={editorClosed}
      footer={
        <DialogActions
          onCancel={editorClosed}
          action="Simpan sifat lapisan"
          onAction={() => void propertiesSaved(layer.id, name, { ...edition, categories })}
        />
      }
    >
      <p className="muted">
        Lapisan {LEVEL_LABELS[layer.level]}. Ambang dan kategori di sini milik lapisan ini saja; edisi bawaan Waspada
        tidak berubah. Setiap perubahan tercatat di jejak audit.
      </p>
      <div className="editor-grid">
        <div>
          <label>
            Nama lapisan
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Isi dari edisi bawaan
            <select value="" onChange={(e) => fromShipped(e.target.value)}>
              <option value="">— pilih untuk menyalin ambang dan kategorinya —</option>
              {SHIPPED_EDITIONS.map((e) => (
                <option key={e.editionId} value={e.editionId}>
                  {e.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Produk
            <select value={edition.product} onChange={(e) => set({ product: e.target.value as ProductId })}>
              {Object.entries(PRODUCT_LABEL).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Edisi
            <input value={edition.name} onChange={(e) => set({ name: e.target.value })} />
          </label>
          <label>
            Tanggal terbit
            <input
              type="date"
              value={edition.publishedOn ?? ''}
              onChange={(e) => set({ publishedOn: e.target.value || null })}
            />
          </label>
          <label>
            Jenis skala
            <select value={edition.scaleKind} onChange={(e) => set({ scaleKind: e.target.value as ScaleKind })}>
              {Object.entries(SCALE_KIND_LABEL).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <div className="inline-fields">
            <label>
              Skala terendah
              <input
                inputMode="decimal"
                value={edition.scaleMin ?? ''}
                onChange={(e) => set({ scaleMin: numberOrNull(e.target.value) })}
              />
            </label>
            <label>
              tertinggi
              <input
                inputMode="decimal"
                value={edition.scaleMax ?? ''}
                onChange={(e) => set({ scaleMax: numberOrNull(e.target.value) })}
              />
            </label>
          </div>
          <label>
            Disusun atas
            <select value={edition.regionSet} onChange={(e) => set({ regionSet: e.target.value as RegionSet })}>
              {Object.entries(REGION_SET_LABEL).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div>
          <label>
            Kategori, dari yang paling rendah (satu per baris)
            <textarea rows={4} value={categoriesText} onChange={(e) => setCategoriesText(e.target.value)} />
          </label>
          <fieldset className="thresholds">
            <legend>Ambang per tingkat</legend>
            {levels.map((level) => (
              <CutsEditor
                key={level}
                label={LEVEL_LABELS[level]}
                cuts={edition.thresholds[`${level}`] ?? []}
                onChange={(cuts) => setCuts(level, cuts)}
              />
            ))}
            <p className="muted">
              Ambang ke-n memisahkan kategori ke-n dan ke-(n+1); kosongkan bila edisi hanya menerbitkan kategori.
            </p>
          </fieldset>
          <label>
            Sumber
            <input value={edition.source} onChange={(e) => set({ source: e.target.value })} />
          </label>
          <label>
            Catatan
            <textarea rows={3} value={edition.notes} onChange={(e) => set({ notes: e.target.value })} />
          </label>
        </div>
      </div>
    </ModalDialog>
  );
}

/** The cuts of one level: each a number and where a value exactly at it goes. */
function CutsEditor({ label, cuts, onChange }: { label: string; cuts: Break[]; onChange(cuts: Break[]): void }) {
  const update = (i: number, patch: Partial<Break>) => onChange(cuts.map((c, n) => (n === i ? { ...c, ...patch } : c)));
  return (
    <div className="cuts" role="group" aria-label={`Ambang ${label}`}>
      <span className="cuts-level">{label}</span>
      {cuts.map((cut, i) => (
        <span key={i} className="cut">
          <input
            inputMode="decimal"
            aria-label={`Ambang ${i + 1} ${label}`}
            defaultValue={String(cut.at).replace('.', ',')}
            onBlur={(e) => {
              const at = numberOrNull(e.target.value);
              if (at !== null && Number.isFinite(at)) update(i, { at });
            }}
          />
          <select
            aria-label={`Nilai tepat ${i + 1} ${label}`}
            value={cut.equalGoesUp ? 'up' : 'down'}
            onChange={(e) => update(i, { equalGoesUp: e.target.value === 'up' })}
          >
            <option value="up">tepat di ambang → kelas atas</option>
            <option value="down">tepat di ambang → kelas bawah</option>
          </select>
          <button
            type="button"
            aria-label={`Hapus ambang ${i + 1} ${label}`}
            onClick={() => onChange(cuts.filter((_, n) => n !== i))}
          >
            ×
          </button>
        </span>
      ))}
      <button
        type="button"
        onClick={() => onChange([...cuts, { at: (cuts[cuts.length - 1]?.at ?? 0) + 10, equalGoesUp: true }])}
      >
        + ambang
      </button>
    </div>
  );
}
