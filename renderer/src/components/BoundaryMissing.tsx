import { useWaspada } from '../store/store';
import { BoundaryPicker } from './BoundaryPicker';

/** Shown instead of the map when no kab/kota boundaries are loaded: says why and how to load them. */
export function BoundaryMissing() {
  const status = useWaspada((s) => s.boundaryStatus);
  if (status === 'ready' || status === 'loading') return null;
  return (
    <div className="boundary-missing" role="alert">
      <h2>{status === 'error' ? 'Peta tidak dapat dimuat' : 'Batas wilayah belum dimuat'}</h2>
      <p>
        Peta membutuhkan batas wilayah kabupaten/kota. Pilih berkas GeoJSON (WGS84) yang setiap fiturnya punya properti
        <code>kode</code> berisi kode wilayah Kemendagri (mis. <code>63.01</code>). Berkas provinsi dan kecamatan dapat
        dimuat dengan cara yang sama.
      </p>
      <BoundaryPicker label="Pilih berkas batas wilayah…" />
    </div>
  );
}
