// MapLibre's own controls in Bahasa Indonesia (the `locale` option). Keys as MapLibre 6.17 names them in
// src/ui/default_locale.ts; tests/unit/renderer/map/maplibre-locale.test.ts checks that every one is translated.

/** Every UI string MapLibre shows, in Bahasa Indonesia. */
export const MAPLIBRE_LOCALE_ID: Record<string, string> = {
  'AttributionControl.ToggleAttribution': 'Tampilkan atau sembunyikan atribusi',
  'AttributionControl.MapFeedback': 'Masukan tentang peta',
  'FullscreenControl.Enter': 'Layar penuh',
  'FullscreenControl.Exit': 'Keluar dari layar penuh',
  'GeolocateControl.FindMyLocation': 'Temukan lokasi saya',
  'GeolocateControl.LocationNotAvailable': 'Lokasi tidak tersedia',
  'LogoControl.Title': 'Logo MapLibre',
  'Map.Title': 'Peta',
  'Marker.Title': 'Penanda peta',
  'NavigationControl.ResetBearing': 'Seret untuk memutar peta, klik untuk kembali menghadap utara',
  'NavigationControl.ZoomIn': 'Perbesar',
  'NavigationControl.ZoomOut': 'Perkecil',
  'Popup.Close': 'Tutup',
  'ScaleControl.Feet': 'kaki',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mil',
  'ScaleControl.NauticalMiles': 'mil laut',
  'GlobeControl.Enable': 'Tampilkan sebagai bola dunia',
  'GlobeControl.Disable': 'Tampilkan sebagai peta datar',
  'TerrainControl.Enable': 'Tampilkan relief',
  'TerrainControl.Disable': 'Sembunyikan relief',
  'CooperativeGesturesHandler.WindowsHelpText': 'Tekan Ctrl sambil menggulir untuk memperbesar peta',
  'CooperativeGesturesHandler.MacHelpText': 'Tekan ⌘ sambil menggulir untuk memperbesar peta',
  'CooperativeGesturesHandler.MobileHelpText': 'Geser peta dengan dua jari',
};
