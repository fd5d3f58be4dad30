import { useEffect } from 'react';
import { ATHG_LABELS, ATHG_TYPES, type AthgType } from '../../../shared/reports/athg';
import { ASPECT_LABELS, ASPECTS, type Aspect } from '../../../shared/reports/aspects';
import type { ReportFilter } from '../../../shared/reports/report';
import { REPORT_STATUSES, SEVERITY_LABELS, STATUS_LABELS, type ReportStatus } from '../../../shared/reports/scales';
import { regionNameNeeded, registerFiltered, registerFiltersCleared } from '../store/actions/register-actions';
import { useStages } from '../store/selectors';
import { useWaspada } from '../store/store';
import { DateField } from './DateField';
import { RegionPicker } from './RegionPicker';

const FILTER_LEVELS = [1, 2] as const;

/** Toggles one value in a list filter. */
function toggled<T>(list: readonly T[] | undefined, value: T): T[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}

/** A group of checkboxes for a list filter. */
function Checks<T extends string>({
  legend,
  options,
  chosen,
  onToggle,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[] | undefined;
  onToggle(value: T): void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="checkbox" checked={chosen?.includes(o.value) ?? false} onChange={() => onToggle(o.value)} />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A date bound that applies once it is a whole date (or cleared). */
function DateBound({ label, value, onSet }: { label: string; value?: string; onSet(date: string | undefined): void }) {
  return (
    <DateField
      label={label}
      value={value ?? ''}
      onDate={(date) => {
        if (date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date)) onSet(date || undefined);
      }}
    />
  );
}

/** Filters that combine: date range, region, ATHG type, aspect, category, stage, status, severity, deleted. */
export function ReportFilters() {
  const filter = useWaspada((s) => s.register.filter);
  const categories = useWaspada((s) => s.categories);
  const stages = useStages();
  const regionLabels = useWaspada((s) => s.regionLabels);
  const set = (patch: Partial<ReportFilter>) => void registerFiltered(patch);
  useEffect(() => void (filter.wilayah && regionNameNeeded(filter.wilayah)), [filter.wilayah]);
  const region = filter.wilayah ? { kode: filter.wilayah, nama: regionLabels[filter.wilayah] ?? filter.wilayah } : null;
  return (
    <aside className="register-filters" aria-label="Saringan laporan">
      <div className="filter-head">
        <h3>Saringan</h3>
        <button type="button" onClick={() => void registerFiltersCleared()} disabled={Object.keys(filter).length === 0}>
          Hapus semua
        </button>
      </div>
      <div className="date-range">
        <DateBound label="Dari tanggal" value={filter.from} onSet={(from) => set({ from })} />
        <DateBound label="Sampai tanggal" value={filter.to} onSet={(to) => set({ to })} />
      </div>
      <RegionPicker
        label="Provinsi atau kab/kota"
        value={region}
        levels={FILTER_LEVELS}
        onPick={(picked) => set({ wilayah: picked?.kode })}
      />
      <Checks<AthgType>
        legend="Jenis ATHG"
        options={ATHG_TYPES.map((value) => ({ value, label: ATHG_LABELS[value] }))}
        chosen={filter.jenis}
        onToggle={(value) => set({ jenis: toggled(filter.jenis, value) })}
      />
      <Checks<ReportStatus>
        legend="Status"
        options={REPORT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
        chosen={filter.status}
        onToggle={(value) => set({ status: toggled(filter.status, value) })}
      />
      <label className="stacked">
        Keparahan paling rendah
        <select
          value={filter.keparahanMin ?? 1}
          onChange={(event) =>
            set({ keparahanMin: Number(event.target.value) > 1 ? Number(event.target.value) : undefined })
          }
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n === 1 ? 'Semua' : `${n} — ${SEVERITY_LABELS[n]} ke atas`}
            </option>
          ))}
        </select>
      </label>
      <Checks<string>
        legend="Tahapan"
        options={stages.map((s) => ({ value: s.id, label: s.nama }))}
        chosen={filter.tahapan}
        onToggle={(value) => set({ tahapan: toggled(filter.tahapan, value) })}
      />
      <Checks<string>
        legend="Kategori"
        options={categories.map((c) => ({ value: c.id, label: c.aktif ? c.nama : `${c.nama} (nonaktif)` }))}
        chosen={filter.kategori}
        onToggle={(value) => set({ kategori: toggled(filter.kategori, value) })}
      />
      <Checks<Aspect>
        legend="Aspek"
        options={ASPECTS.map((value) => ({ value, label: ASPECT_LABELS[value] }))}
        chosen={filter.aspek}
        onToggle={(value) => set({ aspek: toggled(filter.aspek, value) })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={filter.terhapus ?? false}
          onChange={(e) => set({ terhapus: e.target.checked || undefined })}
        />{' '}
        Tampilkan laporan terhapus (untuk dipulihkan)
      </label>
    </aside>
  );
}
