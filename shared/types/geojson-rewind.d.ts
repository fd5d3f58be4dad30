/** @mapbox/geojson-rewind ships no types: it rewinds rings in place (outer clockwise when `clockwise` is true). */
declare module '@mapbox/geojson-rewind' {
  export default function rewind<T>(geojson: T, clockwise?: boolean): T;
}
