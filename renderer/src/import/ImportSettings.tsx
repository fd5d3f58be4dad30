import type { ImportPreview } from '../../../shared/import/preview';
import type { ImportOptions } from '../../../shared/import/types';

const LEVELS = [
  { value: '', label: 'Otomatis' },
  { value: '1', label: 'Provinsi' },
  { value: '2', label: 'Kabupaten/kota' },
  { value: '3', label: 'Kecamatan' },
];

interface ImportSettingsProps {
  preview: ImportPreview;
  options: ImportOptions;
  presets: { id: string; name: string }[];
  layerName: string;
  onLayerName(name: string): void;
  onChange(next: ImportOptions): void;
}

/**
 * Sheet, kind, preset, level, decimal mark and code year: each change re-reads the file with the new choice. The
 * layer name only travels with the commit, so typing it never re-reads the file.
 */
export function ImportSettings({ preview, options, presets, layerName, onLayerName, onChange }: ImportSettingsProps) {
  return (
    <fieldset className="import-settings">
      <legend>Pengaturan impor</legend>
      <label>
        Lembar
        <select
          value={preview.sheet}
          onChange={(e) => onChange({ ...options, sheet: e.target.value, mapping: undefined })}
        >
          {preview.sheets.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
              {s.hidden ? ' (tersembunyi)' : ''} — {s.rows} baris
            </option>
          ))}
        </select>
      </label>
      <label>
        Isi
        <select
          value={preview.kind}
          onChange={(e) => onChange({ ...options, kind: e.target.value as ImportOptions['kind'] })}
        >
          <option value="layer">Lapisan (satu nilai per wilayah)</option>
          <option value="reports">Laporan kejadian (satu kejadian per baris)</option>
        </select>
      </label>
      {preview.kind === 'layer' && (
        <>
          <label>
            Produk / edisi
            <select value={preview.presetId} onChange={(e) => onChange({ ...options, presetId: e.target.value })}>
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Nama lapisan
            <input value={layerName} onChange={(e) => onLayerName(e.target.value)} />
          </label>
        </>
      )}
      <label>
        Tingkat wilayah
        <select
          value={options.level ? String(options.level) : ''}
          onChange={(e) =>
            onChange({ ...options, level: e.target.value ? (Number(e.target.value) as 1 | 2 | 3) : undefined })
          }
        >
          {LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
              {!l.value ? ` (terdeteksi: ${LEVELS[preview.level]!.label.toLowerCase()})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tanda desimal
        <select
          value={options.decimal ?? 'auto'}
          onChange={(e) => onChange({ ...options, decimal: e.target.value as ImportOptions['decimal'] })}
        >
          <option value="auto">Otomatis (1.234,5 bila tidak jelas)</option>
          <option value=",">Koma: 72,35 · 1.234,5</option>
          <option value=".">Titik: 72.35 · 1,234.5</option>
        </select>
      </label>
      <label>
        Kode wilayah menurut
        <select
          value={options.vintage ?? ''}
          onChange={(e) => onChange({ ...options, vintage: (e.target.value || undefined) as ImportOptions['vintage'] })}
        >
          <option value="">
            Otomatis
            {preview.vintage
              ? ` (${preview.vintage === 'current' ? 'kode sekarang' : 'sebelum 2022'})`
              : ' (belum dapat ditentukan)'}
          </option>
          <option value="current">Kode sekarang (38 provinsi)</option>
          <option value="pre-2022">Sebelum pemekaran Papua 2022 (34 provinsi)</option>
        </select>
      </label>
    </fieldset>
  );
}
