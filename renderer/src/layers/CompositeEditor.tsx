import { useState } from 'react';
import type { CompositeDefinition } from '../../../shared/composite/composite';
import { allIndicators, NORMALISATION_LABEL } from '../../../shared/composite/composite';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import type { RegionLevel } from '../../../shared/regions/types';
import { DialogActions, ModalDialog } from '../components/ModalDialog';
import { compositeSaved } from '../store/actions/composite-actions';
import { editorClosed } from '../store/actions/editor-actions';
import { useWaspada } from '../store/store';
import {
  emptyDefinition,
  ikpTemplate,
  indicatorFor,
  inputOptions,
  newId,
  withoutEmptyParts,
  type InputOption,
} from './composite-draft';

/** The composite index editor: dimension → sub-dimension → indicator, weights, normalisation, inputs. */
export function CompositeEditor() {
  const open = useWaspada((s) => s.dialog === 'composite' && s.editorTarget !== null);
  return open ? <CompositeContent /> : null;
}

function CompositeContent() {
  const target = useWaspada((s) => s.editorTarget)!;
  const inputs = useWaspada((s) => s.compositeInputs);
  const [name, setName] = useState(target.detail?.layer.name ?? 'Indeks komposit');
  const [level, setLevel] = useState<RegionLevel>(target.detail?.layer.level ?? 2);
  const [definition, setDefinition] = useState<CompositeDefinition>(target.composite ?? emptyDefinition());
  const options = inputOptions(inputs, level);
  const edit = (change: (d: CompositeDefinition) => void) =>
    setDefinition((d) => {
      const next = structuredClone(d);
      change(next);
      return next;
    });
  const count = allIndicators(definition).length;
  const levels = [...new Set(inputs.map((d) => d.layer.level))].sort();

  return (
    <ModalDialog
      name="composite"
      title={target.detail ? `Indeks komposit — ${target.detail.layer.name}` : 'Indeks komposit baru'}
      label="Indeks komposit"
      closeLabel="Tutup indeks komposit"
      className="editor composite"
      onClose={editorClosed}
      footer={
        <DialogActions
          onCancel={editorClosed}
          action={`Hitung dan simpan (${count} indikator)`}
          disabled={count === 0 || !name.trim()}
          onAction={() =>
            void compositeSaved(target.detail?.layer.id ?? null, name, level, withoutEmptyParts(definition))
          }
        />
      }
    >
      <div className="inline-fields">
        <label>
          Nama indeks
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Tingkat
          <select
            value={level}
            onChange={(e) => setLevel(Number(e.target.value) as RegionLevel)}
            disabled={!!target.detail}
          >
            {(levels.length > 0 ? levels : [2]).map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l as RegionLevel]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Normalisasi
          <select
            value={definition.normalisation}
            onChange={(e) =>
              edit((d) => void (d.normalisation = e.target.value as CompositeDefinition['normalisation']))
            }
          >
            <option value="minmax">{NORMALISATION_LABEL.minmax}</option>
            <option value="asis">{NORMALISATION_LABEL.asis}</option>
          </select>
        </label>
      </div>
      <p className="muted">
        Skor wilayah = rata-rata tertimbang dimensi; dimensi = rata-rata tertimbang subdimensinya; subdimensi =
        rata-rata tertimbang indikatornya. Bobot bawaan sama (Bawaslu tidak menerbitkan bobot IKP 2024). Wilayah tanpa
        sebagian indikator dinilai dari yang ada.{' '}
        {/* A new index has nothing to compute yet: it opens on its first step, the IKP template. */}
        <button
          type="button"
          data-autofocus={count === 0 || undefined}
          onClick={() => setDefinition(ikpTemplate(options))}
        >
          Pakai templat IKP 2024 (4 dimensi, 12 subdimensi)
        </button>
      </p>
      {options.length === 0 && (
        <p className="warning">
          Belum ada lapisan {LEVEL_LABELS[level]} untuk dijadikan masukan. Impor tabel berisi kolom dimensi/indikator.
        </p>
      )}
      <ol className="composite-tree">
        {definition.dimensions.map((dimension, d) => (
          <li key={dimension.id}>
            <Part
              kind="Dimensi"
              label={dimension.label}
              weight={dimension.weight}
              onLabel={(v) => edit((x) => void (x.dimensions[d]!.label = v))}
              onWeight={(v) => edit((x) => void (x.dimensions[d]!.weight = v))}
              onRemove={() => edit((x) => void x.dimensions.splice(d, 1))}
            />
            <ol>
              {dimension.subdimensions.map((sub, s) => (
                <li key={sub.id}>
                  <Part
                    kind="Subdimensi"
                    label={sub.label}
                    weight={sub.weight}
                    onLabel={(v) => edit((x) => void (x.dimensions[d]!.subdimensions[s]!.label = v))}
                    onWeight={(v) => edit((x) => void (x.dimensions[d]!.subdimensions[s]!.weight = v))}
                    onRemove={() => edit((x) => void x.dimensions[d]!.subdimensions.splice(s, 1))}
                  />
                  <ul>
                    {sub.indicators.map((indicator, i) => {
                      const at = (x: CompositeDefinition) => x.dimensions[d]!.subdimensions[s]!.indicators[i]!;
                      return (
                        <li key={indicator.id} className="indicator">
                          <Part
                            kind="Indikator"
                            label={indicator.label}
                            weight={indicator.weight}
                            onLabel={(v) => edit((x) => void (at(x).label = v))}
                            onWeight={(v) => edit((x) => void (at(x).weight = v))}
                            onRemove={() =>
                              edit((x) => void x.dimensions[d]!.subdimensions[s]!.indicators.splice(i, 1))
                            }
                          />
                          <span className="muted">
                            {options.find(
                              (o) => o.layerId === indicator.source.layerId && o.column === indicator.source.column,
                            )?.label ?? 'masukan tidak ada lagi'}
                          </span>
                          <label className="check">
                            <input
                              type="checkbox"
                              checked={indicator.inverted === true}
                              onChange={(e) => edit((x) => void (at(x).inverted = e.target.checked))}
                            />
                            makin tinggi makin aman
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                  <AddIndicator
                    options={options}
                    onAdd={(o) => edit((x) => void x.dimensions[d]!.subdimensions[s]!.indicators.push(indicatorFor(o)))}
                  />
                </li>
              ))}
            </ol>
            <button
              type="button"
              onClick={() =>
                edit(
                  (x) =>
                    void x.dimensions[d]!.subdimensions.push({
                      id: newId('s'),
                      label: 'Subdimensi baru',
                      weight: 1,
                      indicators: [],
                    }),
                )
              }
            >
              + subdimensi
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          edit((x) => void x.dimensions.push({ id: newId('d'), label: 'Dimensi baru', weight: 1, subdimensions: [] }))
        }
      >
        + dimensi
      </button>
    </ModalDialog>
  );
}

/** One part of the tree: its name, its weight and a remove button. */
function Part(props: {
  kind: string;
  label: string;
  weight: number;
  onLabel(v: string): void;
  onWeight(v: number): void;
  onRemove(): void;
}) {
  return (
    <span className="part">
      <input
        aria-label={`Nama ${props.kind.toLowerCase()}`}
        value={props.label}
        onChange={(e) => props.onLabel(e.target.value)}
      />
      <label>
        bobot
        <input
          type="number"
          min={0}
          step={0.5}
          value={props.weight}
          aria-label={`Bobot ${props.kind.toLowerCase()} ${props.label}`}
          onChange={(e) => props.onWeight(Math.max(0, Number(e.target.value) || 0))}
        />
      </label>
      <button type="button" aria-label={`Hapus ${props.kind.toLowerCase()} ${props.label}`} onClick={props.onRemove}>
        ×
      </button>
    </span>
  );
}

/** Picks an input (a layer's score or column) to add as an indicator. */
function AddIndicator({ options, onAdd }: { options: InputOption[]; onAdd(option: InputOption): void }) {
  return (
    <select
      className="add-indicator"
      aria-label="Tambah indikator dari masukan"
      value=""
      onChange={(e) => {
        const option = options.find((o) => o.value === e.target.value);
        if (option) onAdd(option);
      }}
    >
      <option value="">+ indikator dari…</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
