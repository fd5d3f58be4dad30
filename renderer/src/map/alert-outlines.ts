import { useEffect, useRef, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Alert } from '../../../shared/reports/alert-types';
import { useWaspada } from '../store/store';

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

/** Keeps the alert outlines of a map in step with the alerts in the store (the main map only). */
export function useAlertOutlines(mapRef: RefObject<MapLibreMap | null>, active: boolean): void {
  const alerts = useWaspada((s) => s.alerts?.alerts);
  const kabkota = useWaspada((s) => s.kabkota);
  const outlined = useRef<string[]>([]);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !kabkota || !active) return;
    const outline = () => (outlined.current = outlineAlerts(map, outlined.current, alerts ?? []));
    if (map.getSource('kabkota')) outline();
    else map.once('style.load', outline);
    return () => void map.off('style.load', outline);
  }, [mapRef, alerts, kabkota, active]);
}
