import { isReportLayerId } from '../../../../shared/reports/report-layer';
import { PAGE_SIZE } from '../register';
import { alertsRequested } from './alert-actions';
import { reloadLayers } from './layer-actions';
import { state } from './notify';
import { regionSelected } from './region-actions';
import { registerRangeShown, reportOpened } from './register-actions';
import { chartsRefreshed } from './timeline-actions';

/**
 * After any report changed: the register's rows, the open report, the alerts, the layer list (report layers are
 * computed from the reports), the region panel and the charts all read again, so every screen agrees with the store.
 */
export async function reportsChanged(): Promise<void> {
  const s = state();
  s.registerRefreshed();
  const work: Promise<unknown>[] = [registerRangeShown(0, PAGE_SIZE - 1), chartsRefreshed()];
  if (s.register.selectedId !== null) work.push(reportOpened(s.register.selectedId));
  if (s.layersStatus === 'ready' || s.layers.some((l) => isReportLayerId(l.id)))
    work.push(reloadLayers(s.activeLayerId));
  if (s.selectedKode) work.push(regionSelected(s.selectedKode, false));
  if (s.alerts) work.push(alertsRequested(s.alerts.asOf));
  await Promise.all(work.map((p) => p.catch(() => undefined)));
}
