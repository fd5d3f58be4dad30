import { useId, useState } from 'react';
import { searchDismissed, searchResultChosen, searchSubmitted, searchTyped } from '../store/actions/region-actions';
import { searchPhase, visibleHits } from '../store/search';
import { useWaspada } from '../store/store';
import { RegionHitOption } from './RegionHitOption';

/**
 * Region search: type a name or code; arrows move, Enter opens, Escape clears. Same-name regions show their province.
 */
export function SearchBox() {
  const search = useWaspada((s) => s.search);
  const moveHighlight = useWaspada((s) => s.searchHighlightMoved);
  const [focused, setFocused] = useState(false);
  const listId = useId();
  const { query, active } = search;
  const hits = visibleHits(search);
  const phase = searchPhase(search);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') moveHighlight(1);
    else if (event.key === 'ArrowUp') moveHighlight(-1);
    else if (event.key === 'Enter') void searchSubmitted();
    else if (event.key === 'Escape') searchDismissed();
    else return;
    event.preventDefault();
  };

  const open = focused && phase !== 'idle';
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Cari wilayah"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={hits[active] ? `${listId}-${hits[active].kode}` : undefined}
        placeholder="Cari wilayah: nama atau kode"
        title="Nama atau kode wilayah, mis. Banjar atau 63.03"
        value={query}
        onChange={(event) => void searchTyped(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Hasil pencarian wilayah">
          {phase === 'answered' && hits.length === 0 && (
            <li className="search-empty">Tidak ada wilayah yang cocok dengan “{query}”.</li>
          )}
          {phase === 'searching' && <li className="search-empty">Mencari…</li>}
          {phase === 'failed' && <li className="search-empty">Pencarian gagal; lihat pesan di bawah peta.</li>}
          {hits.map((hit, i) => (
            <RegionHitOption
              key={hit.kode}
              hit={hit}
              id={`${listId}-${hit.kode}`}
              active={i === active}
              onChoose={(chosen) => void searchResultChosen(chosen)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
