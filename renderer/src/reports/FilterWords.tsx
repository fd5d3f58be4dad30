import { useEffect } from 'react';
import { formatNumber } from '../../../shared/format/number';
import { describeFilter } from '../../../shared/reports/filter-words';
import { regionNameNeeded } from '../store/actions/register-actions';
import { useStages } from '../store/selectors';
import { useWaspada } from '../store/store';
import { categoryName, stageLook } from './labels';

/** The register's filter in force, said in one sentence, with how many reports it holds (when `count` is set). */
export function FilterWords({ count = true }: { count?: boolean }) {
  const register = useWaspada((s) => s.register);
  const categories = useWaspada((s) => s.categories);
  const stages = useStages();
  const regionLabels = useWaspada((s) => s.regionLabels);
  const wilayah = register.filter.wilayah;
  useEffect(() => void (wilayah && regionNameNeeded(wilayah)), [wilayah]);
  const sentence = describeFilter(register.filter, {
    region: (kode) => regionLabels[kode] ?? kode,
    category: (id) => categoryName(categories, id),
    stage: (id) => stageLook(stages, id)?.nama ?? id,
  });
  const total = register.total === null ? 'menghitung…' : `${formatNumber(register.total)} laporan`;
  return (
    <p className="filter-words" aria-live="polite">
      <strong>{sentence}</strong>
      {count && ` · ${total}`}
    </p>
  );
}
