import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Alert } from '../../../shared/reports/alert-types';

/**
 * Outlines the kab/kota with an alert through feature state (`alert`: 1 active, 2 acknowledged; the style's
 * kabkota-alert layer draws it) and clears the ones outlined before. Returns the codes now outlined.
 */
export function outlineAlerts(map: MapLibreMap, previous: readonly string[], alerts: readonly Alert[]): string[] {
  const now = new Map(alerts.map((a) => [a.kode, a.acknowledged ? 2 : 1]));
  for (const kode of previous) if (!now.has(kode)) map.setFeatureState({ source: 'kabkota', id: kode }, { alert: 0 });
  for (const [kode, state] of now) map.setFeatureState({ source: 'kabkota', id: kode }, { alert: state });
  return [...now.keys()];
}
