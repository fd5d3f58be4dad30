// Names and colours the report screens show, looked up from the taxonomy and schedule in the store.
import { CATEGORICAL_COLORS } from '../../../shared/classify/palettes';
import type { ReportCategory } from '../../../shared/reports/report';
import type { Stage } from '../../../shared/reports/timeline';

/** The colour of the i-th series or stage. */
export function seriesColor(index: number): string {
  return CATEGORICAL_COLORS[index % CATEGORICAL_COLORS.length]!;
}

/** A category's name (its id when the taxonomy no longer has it). */
export function categoryName(categories: readonly ReportCategory[], id: string | null): string {
  if (!id) return '—';
  return categories.find((c) => c.id === id)?.nama ?? id;
}

/** A stage's name and colour (its place in the schedule gives the colour). */
export function stageLook(stages: readonly Stage[], id: string | null): { nama: string; color: string } | null {
  if (!id) return null;
  const index = stages.findIndex((s) => s.id === id);
  return index < 0 ? { nama: id, color: '#9e9e9e' } : { nama: stages[index]!.nama, color: seriesColor(index) };
}
