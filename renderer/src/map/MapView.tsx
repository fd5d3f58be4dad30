import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { kabkotaCode } from '../../../shared/regions/codes';
import { regionSelected } from '../store/actions/region-actions';
import { useActiveLayer } from '../store/selectors';
import { useWaspada } from '../store/store';
import { liveMapChanged } from './live-map';
import { MAPLIBRE_LOCALE_ID } from './maplibre-locale';
import { bindPointer } from './pointer';
import { outlineAlerts } from './alert-outlines';
import { paintLayer } from './recolor';
import { buildStyle, featureBounds, INDONESIA_BOUNDS, labelLayers } from './style';

maplibregl.setWorkerUrl(workerUrl);
// Start the map's worker while the boundaries are still being fetched, not after: it is on the cold-start path.
maplibregl.prewarm();

/** The one component that makes imperative map calls; everything else reaches the map through the store. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const pointerRef = useRef<{ clear(): void } | null>(null);
  const provinsi = useWaspada((s) => s.provinsi);
  const kabkota = useWaspada((s) => s.kabkota);
  const activeValues = useWaspada((s) => s.activeValues);
  const selectedKode = useWaspada((s) => s.selectedKode);
  const flyToken = useWaspada((s) => s.flyToken);
  const layer = useActiveLayer();
  const alerts = useWaspada((s) => s.alerts?.alerts);
  const outlined = useRef<string[]>([]);

  // Camera and style: built once per boundary set.
  useEffect(() => {
    if (!container.current || !kabkota) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: buildStyle(provinsi, kabkota, activeClassification()),
      bounds: INDONESIA_BOUNDS,
      // Leave room for the layer panel on the left so Sumatra is not hidden under it.
      fitBoundsOptions: { padding: { top: 20, bottom: 30, left: 330, right: 20 } },
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: MAPLIBRE_LOCALE_ID,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    const drawn = {
      kabkota: kabkota.polygons.features.map((f) => f.id),
      provinsi: provinsi?.polygons.features.map((f) => f.id) ?? [],
    };
    pointerRef.current = bindPointer(map, {
      hovered: (hover) => useWaspada.getState().regionHovered(hover),
      clicked: (kode) => void regionSelected(kode, false),
    });
    performance.mark('waspada:map-created');
    // Classes go into feature state as soon as the style exists, so the very first frame is already coloured.
    map.once('style.load', () => {
      const state = useWaspada.getState();
      paintLayer(map, state.layers.find((l) => l.id === state.activeLayerId) ?? null, state.activeValues, drawn);
    });
    map.once('load', () => {
      performance.mark('waspada:map-coloured');
      document.body.dataset.map = 'coloured';
      for (const layer of labelLayers()) map.addLayer(layer);
      map.once('idle', () => performance.mark('waspada:map-idle'));
    });
    mapRef.current = map;
    liveMapChanged(map);
    return () => {
      liveMapChanged(null);
      mapRef.current = null;
      pointerRef.current = null;
      map.remove();
    };
  }, [provinsi, kabkota]);

  // Data: recolour through feature state whenever the layer or its values change.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !kabkota) return;
    const paint = () => {
      // The coloured level may change (kab/kota ↔ provinces): a tooltip for the old one would be stale.
      pointerRef.current?.clear();
      paintLayer(map, layer, activeValues, {
        kabkota: kabkota.polygons.features.map((f) => f.id),
        provinsi: provinsi?.polygons.features.map((f) => f.id) ?? [],
      });
    };
    // Feature state needs only the sources; before the style has them, paint once it does (and never a stale one).
    if (map.getSource('kabkota')) paint();
    else map.once('style.load', paint);
    return () => void map.off('style.load', paint);
  }, [layer, activeValues, kabkota, provinsi]);

  // Alert outlines: the kab/kota with an alert, drawn by the style's kabkota-alert layer from feature state.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !kabkota) return;
    const outline = () => (outlined.current = outlineAlerts(map, outlined.current, alerts ?? []));
    if (map.getSource('kabkota')) outline();
    else map.once('style.load', outline);
    return () => void map.off('style.load', outline);
  }, [alerts, kabkota]);

  // Selection outline.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !selectedKode) return;
    // A province chosen in search is outlined on the province layer; a kecamatan, on its kab/kota.
    const kabkota = kabkotaCode(selectedKode);
    const target = kabkota ? { source: 'kabkota', id: kabkota } : { source: 'provinsi', id: selectedKode };
    const outline = () => map.setFeatureState(target, { selected: true });
    if (map.getSource(target.source)) outline();
    else map.once('style.load', outline);
    return () => {
      map.off('style.load', outline);
      if (mapRef.current?.getSource(target.source)) mapRef.current.setFeatureState(target, { selected: false });
    };
  }, [selectedKode]);

  // Camera: fly to a region chosen in search.
  useEffect(() => {
    const map = mapRef.current;
    const kode = useWaspada.getState().selectedKode;
    if (!map || flyToken === 0 || !kode) return;
    const ownKabkota = kabkotaCode(kode);
    const bounds = ownKabkota
      ? (featureBounds(kabkota, kode) ?? featureBounds(kabkota, ownKabkota))
      : featureBounds(provinsi, kode);
    if (bounds) map.fitBounds(bounds, { padding: 80, maxZoom: 9, duration: 600 });
  }, [flyToken, provinsi, kabkota]);

  // The canvas inside (MapLibre's, labelled "Peta") takes the keyboard; the region is for screen-reader landmarks.
  return <div ref={container} className="map" role="region" aria-label="Peta kerawanan" />;
}

function activeClassification() {
  const state = useWaspada.getState();
  return state.layers.find((l) => l.id === state.activeLayerId)?.classification ?? null;
}
