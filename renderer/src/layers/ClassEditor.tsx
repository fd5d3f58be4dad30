import { useMemo, useState } from 'react';
import { buildClassification, classCounts, type ClassingSpec } from '../../../shared/classify/layer-classes';
import { legendEntries } from '../../../shared/classify/legend';
import { CLASS_METHODS, METHOD_EXPLAINED, METHOD_LABEL, type ClassMethod } from '../../../shared/classify/methods';
import {
  COLORBREWER_CREDIT,
  MAX_CLASSES,
  MIN_CLASSES,
  NO_DATA_COLOR,
  paletteColors,
  PALETTES,
  type PaletteId,
} from '../../../shared/classify/palettes';
import { hasOfficialClasses } from '../../../shared/editions/edition';
import { classingOf, editionOf } from '../../../shared/editions/layer-edition';
import { formatNumber } from '../../../shared/format/number';
import { DialogActions, ModalDialog } from '../components/ModalDialog';
import { classingSaved, editorClosed } from '../store/actions/editor-actions';
import { useWaspada } from '../store/store';
import { Histogram } from './Histogram';
import { parseNumberList, formatNumberList } from './number-list';

/** The classification editor: method, number of classes, palette, manual cuts, with a live histogram and legend. */
export function ClassEditor() {
  const open = useWaspada((s) => s.dialog === 'classes' && s.editorTarget?.detail !== null);
  return open ? <ClassEditorContent /> : null;
}

function ClassEditorContent() {
  const target = useWaspada((s) => s.editorTarget)!;
  const detail = target.detail!;
  const layer = detail.layer;
  const edition = editionOf(layer);
  const [spec, setSpec] = useState<ClassingSpec>(classingOf(layer));
  const [breaksText, setBreaksText] = useState(formatNumberList(spec.breaks ?? []));
  const manual = parseNumberList(breaksText);
  const effective: ClassingSpec =
    spec.method === 'manual' ? { ...spec, breaks: manual.numbers ?? spec.breaks ?? [] } : spec;
  const result = useMemo(
    () => buildClassification(edition, layer.level, effective, target.values),
    [edition, layer.level, effective, target.values],
  );
  const counts = classCounts(target.values, result.classification, detail.regions.total);
  const scores = target.values.flatMap((v) => (v.value === null ? [] : [v.value]));
  const official = hasOfficialClasses(edition, layer.level);
  const invalid = spec.method === 'manual' && (manual.error !== null || (manual.numbers?.length ?? 0) === 0);
  const set = (patch: Partial<ClassingSpec>) => setSpec((s) => ({ ...s, ...patch }));

  return (
    <ModalDialog
      name="classes"
      title={`Klasifikasi — ${layer.name}`}
      label={`Klasifikasi ${layer.name}`}
      closeLabel="Tutup klasifikasi"
      className="editor class-editor"
      onClose={editorClosed}
      footer={
        <DialogActions
          onCancel={editorClosed}
          action="Simpan klasifikasi"
          disabled={invalid}
          onAction={() => void classingSaved(layer.id, effective)}
        />
      }
    >
      <div className="editor-grid">
        <div>
          <label>
            Cara
            <select value={spec.method} onChange={(e) => set({ method: e.target.value as ClassMethod })}>
              {CLASS_METHODS.map((m) => (
                <option key={m} value={m}>
                  {METHOD_LABEL[m]}
                  {m === 'official' && !official ? ' (edisi ini tanpa ambang di tingkat ini)' : ''}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{METHOD_EXPLAINED[spec.method]}</p>
          {spec.method !== 'official' && spec.method !== 'manual' && (
            <label>
              Jumlah kelas
              <input
                type="number"
                min={MIN_CLASSES}
                max={MAX_CLASSES}
                value={spec.classes}
                onChange={(e) =>
                  set({ classes: Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(Number(e.target.value)))) })
                }
              />
            </label>
          )}
          {spec.method === 'manual' && (
            <label>
              Batas kelas (naik, dipisah titik koma)
              <input
                value={breaksText}
                placeholder="mis. 20; 40; 60"
                onChange={(e) => setBreaksText(e.target.value)}
                aria-invalid={manual.error !== null}
              />
              {manual.error && <span className="field-error">{manual.error}</span>}
            </label>
          )}
          <label>
            Palet warna (ColorBrewer, aman buta warna)
            <select value={spec.palette} onChange={(e) => set({ palette: e.target.value as PaletteId })}>
              {PALETTES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label} ({p.kind === 'sequential' ? 'berurutan' : 'divergen'})
                </option>
              ))}
            </select>
          </label>
          <div className="palette-strip" aria-hidden="true">
            {paletteColors(spec.palette, result.classification.classes.length).map((c) => (
              <span key={c} style={{ background: c }} />
            ))}
          </div>
        </div>
        <div>
          <Histogram values={scores} classification={result.classification} />
          <ul className="legend-preview" aria-label="Pratinjau legenda">
            {legendEntries(result.classification, counts.counts).map((e) => (
              <li key={e.key}>
                <span className="swatch" style={{ background: e.color }} />
                <span className="legend-label">{e.label}</span>
                <span className="legend-range">{e.range}</span>
                <span className="legend-count">{formatNumber(e.count ?? 0)} wilayah</span>
              </li>
            ))}
            <li>
              <span className="swatch" style={{ background: NO_DATA_COLOR }} />
              <span className="legend-label">Tidak ada data</span>
              <span className="legend-range" />
              <span className="legend-count">{formatNumber(counts.noData)} wilayah</span>
            </li>
          </ul>
          {result.notes.map((note) => (
            <p key={note} className="warning">
              {note}
            </p>
          ))}
          {spec.method === 'official' && official && (
            <p className="muted">Kategori terbitan tiap wilayah didahulukan atas skornya.</p>
          )}
        </div>
      </div>
      <p className="legend-credit">{COLORBREWER_CREDIT}</p>
    </ModalDialog>
  );
}
