// The window the computed report layers (`laporan:…`) count over, set from the legend.
import type { ReportLayerWindow } from '../../../../shared/reports/report-layer';
import { call } from '../../api/client';
import { reloadLayers } from './layer-actions';
import { guarded, state } from './notify';

/** The legend of a report layer opened: read the window in force. */
export function layerWindowNeeded(): Promise<void> {
  return guarded(async () => state().layerWindowLoaded(await call('reports.layerWindow', {})));
}

/** The analyst set another window: the report layers are counted again and the map recoloured. */
export function layerWindowSet(window: ReportLayerWindow): Promise<void> {
  return guarded(async () => {
    state().layerWindowLoaded(await call('reports.setLayerWindow', window));
    await reloadLayers(state().activeLayerId);
  });
}
