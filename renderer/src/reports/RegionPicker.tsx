import { useEffect, useId, useState } from 'react';
import type { RegionHit } from '../../../shared/api/types';
import { regionOptionsSearched } from '../store/actions/register-actions';
import { RegionHitOption } from '../components/RegionHitOption';

/** What a picker shows once a region is chosen. */
export interface PickedRegion {
  kode: string;
  nama: string;
}

/**
 * A region chosen by the region search (name or code, "kab bandung", "63.03"): type, move with the arrows, Enter
 * chooses; `levels` limits the choices (kab/kota and kecamatan for a report, province and kab/kota for a filter).
 */
export function RegionPicker({
  label,
  value,
  levels,
  onPick,
  error,
  placeholder,
  required,
}: {
  label: string;
  value: PickedRegion | null;
  levels: readonly number[];
  onPick(region: PickedRegion | null): void;
  error?: string;
  placeholder?: string;
  /** Marked "(wajib)" like the form's other required fields. */
  required?: boolean;
}) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<RegionHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const errorId = useId();

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void regionOptionsSearched(query, levels).then((found) => {
        if (!current) return;
        setHits(found);
        setActive(0);
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, levels]);

  const choose = (hit: RegionHit) => {
    onPick({ kode: hit.kode, nama: hit.level > 1 && hit.provinsi ? `${hit.nama}, ${hit.provinsi}` : hit.nama });
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && hits[active]) choose(hits[active]);
    else if (event.key === 'Escape' && open) setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="region-picker">
      <label>
        <span>{label}</span>
        {required && <span className="required"> (wajib)</span>}
        {value && (
          <span className="picked">
            {value.nama} <span className="muted">({value.kode})</span>{' '}
            <button type="button" aria-label={`Hapus pilihan ${value.nama}`} onClick={() => onPick(null)}>
              ×
            </button>
          </span>
        )}
        <input
          type="search"
          role="combobox"
          aria-expanded={open && hits.length > 0}
          aria-controls={listId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          aria-activedescendant={open && hits[active] ? `${listId}-${hits[active].kode}` : undefined}
          placeholder={placeholder ?? (value ? 'Ganti: ketik nama atau kode' : 'Ketik nama atau kode wilayah')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </label>
      {open && query.trim().length >= 2 && (
        <ul id={listId} role="listbox" className="search-results" aria-label={`Pilihan ${label}`}>
          {hits.length === 0 && <li className="search-empty">Tidak ada wilayah yang cocok dengan “{query}”.</li>}
          {hits.map((hit, i) => (
            <RegionHitOption
              key={hit.kode}
              hit={hit}
              id={`${listId}-${hit.kode}`}
              active={i === active}
              onChoose={choose}
            />
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
