import { useEffect, useState } from 'react';
import type { ImportPreview } from '../../../shared/import/preview';
import type { ImportOptions } from '../../../shared/import/types';
import { call } from '../api/client';

const LEVELS = [
  { value: '', label: 'Otomatis' },
  { value: '1', label: 'Provinsi' },
  { value: '2', label: 'Kabupaten/kota' },
  { value: '3', label: 'Kecamatan' },
];

/** Sheet, kind, preset, layer name, level and code year: each change re-reads the file with the new choice. */
export function ImportSettings({ preview, options, onChange }: { preview: ImportPreview; options: ImportOptions; onChange(next: ImportOptions): void }) {
  const [presets, setPresets] = useState<{ id: string; name: string }[]>([]);
  const [layerName, setLayerName] = useState(preview.layerName);
  useEffect(() => void call('import.presets', {}).then(setPresets, () => setPresets([])), []);
  useEffect(() => setLayerName(preview.layerName), [preview.layerName]);

  return (
    <fieldset className="import-settings">
      <legend>Pengaturan impor</legend>
      <label>
        Lembar
        <select value={preview.sheet} onChange={(e) => onChange({ ...options, sheet: e.target.value, mapping: undefined })}>
          {preview.sheets.map((s) => (
            <option key={s.name} value={s.name}>{s.name}{s.hidden ? ' (tersembunyi)' : ''} — {s.rows} baris</option>
          ))}
        </select>
      </label>
      <label>
        Isi
        <select value={preview.kind} onChange={(e) => onChange({ ...options, kind: e.target.value as ImportOptions['kind'] })}>
          <option value="layer">Lapisan (satu nilai per wilayah)</option>
          <option value="reports">Laporan kejadian (satu kejadian per baris)</option>
        </select>
      </label>
      {preview.kind === 'layer' && (
        <>
          <label>
            Produk / edisi
            <select value={preview.presetId} onChange={(e) => onChange({ ...options, presetId: e.target.value })}>
              {presets.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
          <label>
            Nama lapisan
            <input
              value={layerName}
              onChange={(e) => setLayerName(e.target.value)}
              onBlur={() => layerName.trim() && layerName !== preview.layerName && onChange({ ...options, layerName: layerName.trim() })}
            />
          </label>
        </>
      )}
      <label>
        Tingkat wilayah
        <select value={options.level ? String(options.level) : ''} onChange={(e) => onChange({ ...options, level: e.target.value ? (Number(e.target.value) as 1 | 2 | 3) : undefined })}>
          {LEVELS.map((l) => <option key={l.value} value={l.value}>{l.label}{!l.value ? ` (terdeteksi: ${LEVELS[preview.level]!.label.toLowerCase()})` : ''}</option>)}
        </select>
      </label>
      <label>
        Kode wilayah menurut
        <select value={options.vintage ?? ''} onChange={(e) => onChange({ ...options, vintage: (e.target.value || undefined) as ImportOptions['vintage'] })}>
          <option value="">Otomatis{preview.vintage ? ` (${preview.vintage === 'current' ? 'kode sekarang' : 'sebelum 2022'})` : ' (belum dapat ditentukan)'}</option>
          <option value="current">Kode sekarang (38 provinsi)</option>
          <option value="pre-2022">Sebelum pemekaran Papua 2022 (34 provinsi)</option>
        </select>
      </label>
    </fieldset>
  );
}
