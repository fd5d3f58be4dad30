import type { RegionHit } from '../../../shared/api/types';
import { REGION_KIND_LABEL } from '../../../shared/regions/labels';

/**
 * One region in a list of search hits: its name, kind, code and province. Chosen on mouse down, before the input
 * loses focus and closes the list.
 */
export function RegionHitOption({
  hit,
  id,
  active,
  onChoose,
}: {
  hit: RegionHit;
  id: string;
  active: boolean;
  onChoose(hit: RegionHit): void;
}) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'active' : ''}
      onMouseDown={(event) => {
        event.preventDefault();
        onChoose(hit);
      }}
    >
      <span className="hit-name">{hit.nama}</span>
      <span className="hit-meta">
        {REGION_KIND_LABEL[hit.jenis]} · {hit.kode}
        {hit.level > 1 && hit.provinsi ? ` · ${hit.provinsi}` : ''}
      </span>
    </li>
  );
}
