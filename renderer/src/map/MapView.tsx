import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSource } from 'maplibre-gl';
import { kabkotaCode, levelOfCode } from '../../../shared/regions/codes';
import { regionSelected } from '../store/actions/region-actions';
import { cameraMoved } from '../store/actions/view-actions';
import { useWaspada } from '../store/store';
import { applyFocus, fitClear } from './camera';
import { liveMap, liveMapChanged } from './live-map';
import { MAPLIBRE_LOCALE_ID } from './maplibre-locale';
import { bindPointer } from './pointer';
import { paintDisplayed, type DrawnCodes } from './recolor';
import { buildStyle, featureBounds, INDONESIA_BOUNDS, LABEL_LAYERS, labelLayers } from './style';
import { joinSync } from './sync';
import { useDisplayed } from './use-displayed';

maplibregl.setWorkerUrl(workerUrl);
// Start the map's worker while the boundaries are still being fetched, not after: it is on the cold-start path.
maplibregl.prewarm();

/** Label size in presentation mode, for the back of an FGD room. */
const PRESENTATION_SCALE = 1.6;

/**
 * The one component that makes imperative map calls; everything else reaches the map through the store. The main map
 * shows the active layer (or the difference map); with side-by-side comparison a second one shows the compared
 * layer, both moving as one.
 */
export function MapView({ side = 'main' }: { side?: 'main' | 'compare' }) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const codesRef = useRef<DrawnCodes>({ provinsi: [], kabkota: [], kecamatan: [] });
  const pointerRef = useRef<{ clear(): void } | null>(null);
  const provinsi = useWaspada((s) => s.provinsi);
  const kabkota = useWaspada((s) => s.kabkota);
  const kecamatan = useWaspada((s) => s.kecamatan);
  const selectedKode = useWaspada((s) => s.selectedKode);
  const flyToken = useWaspada((s) => s.flyToken);
  const focus = useWaspada((s) => s.view.focusProvince);
  const drill = useWaspada((s) => s.view.drillKabkota);
  const presentation = useWaspada((s) => s.view.presentation);
  const rankingOpen = useWaspada((s) => s.view.rankingOpen);
  const displayed = useDisplayed(side);
  const displayedRef = useRef(displayed);
  displayedRef.current = displayed;

  // Camera and style: built once per boundary set.
  useEffect(() => {
    if (!container.current || !kabkota) return;
    // The compare map opens where the main map looks; the main map where the analyst left it, or on Indonesia.
    const main = side === 'compare' ? liveMap() : null;
    const saved = main
      ? { center: main.getCenter().toArray() as [number, number], zoom: main.getZoom() }
      : useWaspada.getState().view.camera;
    const map = new maplibregl.Map({
      container: container.current,
      style: buildStyle(provinsi, kabkota, displayedRef.current.classification),
      ...(saved ? { center: saved.center, zoom: saved.zoom } : { bounds: INDONESIA_BOUNDS }),
      // Leave room for the layer panel on the left so Sumatra is not hidden under it.
      fitBoundsOptions: { padding: { top: 20, bottom: 30, left: side === 'main' ? 330 : 20, right: 20 } },
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: MAPLIBRE_LOCALE_ID,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    codesRef.current = {
      kabkota: kabkota.polygons.features.map((f) => f.id),
      provinsi: provinsi?.polygons.features.map((f) => f.id) ?? [],
      kecamatan: [],
    };
    pointerRef.current = bindPointer(map, {
      hovered: (hover) => useWaspada.getState().regionHovered(hover ? { ...hover, side } : null),
      clicked: (kode) => void regionSelected(kode, false),
    });
    if (side === 'main') performance.mark('waspada:map-created');
    // Classes go into feature state as soon as the style exists, so the very first frame is already coloured.
    map.once('style.load', () => {
      paintDisplayed(map, displayedRef.current, codesRef.current);
      applyFocus(map, useWaspada.getState().view.focusProvince, codesRef.current);
    });
    map.once('load', () => {
      if (side === 'main') {
        performance.mark('waspada:map-coloured');
        document.body.dataset.map = 'coloured';
      }
      const scale = useWaspada.getState().view.presentation ? PRESENTATION_SCALE : 1;
      for (const layer of labelLayers(scale)) map.addLayer(layer);
      map.once('idle', () => side === 'main' && performance.mark('waspada:map-idle'));
    });
    if (side === 'main')
      map.on('moveend', () => cameraMoved([map.getCenter().lng, map.getCenter().lat], map.getZoom()));
    mapRef.current = map;
    if (side === 'main') liveMapChanged(map);
    const leave = joinSync(map);
    return () => {
      leave();
      if (side === 'main') liveMapChanged(null);
      mapRef.current = null;
      pointerRef.current = null;
      map.remove();
    };
  }, [provinsi, kabkota, side]);

  // Data: recolour through feature state whenever what the map shows changes.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const paint = () => {
      // The coloured level may change (kab/kota ↔ provinces): a tooltip for the old one would be stale.
      pointerRef.current?.clear();
      paintDisplayed(map, displayed, codesRef.current);
    };
    // Feature state needs only the sources; before the style has them, paint once it does (and never a stale one).
    if (map.getSource('kabkota')) paint();
    else map.once('style.load', paint);
    return () => void map.off('style.load', paint);
  }, [displayed]);

  // Kecamatan of the drilled kab/kota: their polygons and labels, coloured when the layer is a kecamatan layer.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const show = () => {
      const empty = { type: 'FeatureCollection' as const, features: [] };
      (map.getSource('kecamatan') as GeoJSONSource).setData((kecamatan?.polygons ?? empty) as never);
      (map.getSource('kecamatan-label') as GeoJSONSource).setData((kecamatan?.labels ?? empty) as never);
      codesRef.current = { ...codesRef.current, kecamatan: kecamatan?.polygons.features.map((f) => f.id) ?? [] };
      paintDisplayed(map, displayedRef.current, codesRef.current);
    };
    if (map.getSource('kecamatan')) show();
    else map.once('style.load', show);
    return () => void map.off('style.load', show);
  }, [kecamatan]);

  // Province focus: neighbours fade, the province fills the view clear of the panels — refitted when a panel opens
  // or closes beside it (the region panel, the ranking table), so no kab/kota ends up under one.
  const panelsOpen = `${selectedKode !== null}|${rankingOpen}`;
  const focusShown = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => applyFocus(map, focus, codesRef.current);
    if (map.getSource('kabkota')) apply();
    else map.once('style.load', apply);
    if (side === 'main' && !drill) {
      const bounds = focus ? featureBounds(provinsi, focus) : focusShown.current ? INDONESIA_BOUNDS : null;
      if (bounds) fitClear(map, bounds, 9);
    }
    focusShown.current = focus;
    return () => void map.off('style.load', apply);
  }, [focus, provinsi, side, panelsOpen, drill]);

  // Drill-down: the kab/kota whose kecamatan are drawn fills the view.
  useEffect(() => {
    const map = mapRef.current;
    const bounds = drill ? featureBounds(kabkota, drill) : null;
    if (map && bounds && side === 'main') fitClear(map, bounds, 11);
  }, [drill, kabkota, side]);

  // Presentation mode: larger labels for the projector.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const scale = presentation ? PRESENTATION_SCALE : 1;
    const resize = () => {
      for (const layer of labelLayers(scale))
        if (map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'text-size', layer.layout?.['text-size' as never]);
      map.resize();
    };
    if (LABEL_LAYERS.every((id) => map.getLayer(id))) resize();
    else map.once('load', resize);
  }, [presentation]);

  // Selection outline.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !selectedKode || levelOfCode(selectedKode) === 3) return;
    // A province chosen in search is outlined on the province layer; a kecamatan, on its kab/kota.
    const own = kabkotaCode(selectedKode);
    const target = own ? { source: 'kabkota', id: own } : { source: 'provinsi', id: selectedKode };
    const outline = () => map.setFeatureState(target, { selected: true });
    if (map.getSource(target.source)) outline();
    else map.once('style.load', outline);
    return () => {
      map.off('style.load', outline);
      if (mapRef.current?.getSource(target.source)) mapRef.current.setFeatureState(target, { selected: false });
    };
  }, [selectedKode]);

  // Camera: fly to a region chosen in search or in the ranking table, clear of the panels.
  useEffect(() => {
    const map = mapRef.current;
    const kode = useWaspada.getState().selectedKode;
    if (!map || flyToken === 0 || !kode || side !== 'main') return;
    const own = kabkotaCode(kode);
    const bounds = own ? (featureBounds(kabkota, kode) ?? featureBounds(kabkota, own)) : featureBounds(provinsi, kode);
    if (bounds) fitClear(map, bounds, 9);
  }, [flyToken, provinsi, kabkota, side]);

  // The canvas inside (MapLibre's, labelled "Peta") takes the keyboard; the region is for screen-reader landmarks.
  return (
    <div
      ref={container}
      className={`map map-${side}`}
      role="region"
      aria-label={side === 'main' ? 'Peta kerawanan' : 'Peta pembanding'}
    />
  );
}
