import { useWaspada } from '../store/store';

/** The map's provinces as `<option>`s by name (its own outlines, so no call is needed): focus and ranking filters. */
export function ProvinceOptions() {
  const provinces = useWaspada((s) => s.provinsi?.polygons.features);
  return (
    <>
      {[...(provinces ?? [])]
        .sort((a, b) => a.properties.nama.localeCompare(b.properties.nama, 'id'))
        .map((p) => (
          <option key={p.id} value={p.id}>
            {p.properties.nama}
          </option>
        ))}
    </>
  );
}
