import { useEffect, useId, useState } from 'react';
import type { RegionHit } from '../../../shared/api/types';
import { call } from '../api/client';
import { regionSelected } from '../store/actions';
import { REGION_KIND_LABEL } from '../../../shared/regions/labels';

/**
 * Region search: type a name or code; arrows move, Enter opens, Escape clears. Same-name regions show their province.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  // Results remember the query they answer, so Enter never opens a hit of an earlier, shorter query.
  const [results, setResults] = useState<{ query: string; hits: RegionHit[] }>({ query: '', hits: [] });
  const hits = results.query === query ? results.hits : [];
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const listId = useId();

  useEffect(() => {
    if (query.trim().length < 2) return;
    let current = true;
    const timer = setTimeout(() => {
      call('regions.search', { query, limit: 12 }).then(
        (result) => {
          if (current) {
            setResults({ query, hits: result });
            setActive(0);
          }
        },
        () => current && setResults({ query, hits: [] }),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const choose = (hit: RegionHit) => {
    setQuery('');
    void regionSelected(hit.kode, true);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && hits[active]) choose(hits[active]);
    else if (event.key === 'Enter' && query.trim().length >= 2) {
      // Enter typed before the results arrived: search now and open the best hit.
      call('regions.search', { query, limit: 1 }).then(
        ([first]) => first && choose(first),
        () => undefined,
      );
    } else if (event.key === 'Escape') setQuery('');
    else return;
    event.preventDefault();
  };

  const open = focused && query.trim().length >= 2;
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Cari wilayah"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={hits[active] ? `${listId}-${hits[active].kode}` : undefined}
        placeholder="Cari wilayah: nama atau kode (mis. Banjar, 63.03)"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Hasil pencarian wilayah">
          {hits.length === 0 && results.query === query && (
            <li className="search-empty">Tidak ada wilayah yang cocok dengan “{query}”.</li>
          )}
          {results.query !== query && <li className="search-empty">Mencari…</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.kode}
              id={`${listId}-${hit.kode}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
            >
              <span className="hit-name">{hit.nama}</span>
              <span className="hit-meta">
                {REGION_KIND_LABEL[hit.jenis]} · {hit.kode}
                {hit.level > 1 && hit.provinsi ? ` · ${hit.provinsi}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
