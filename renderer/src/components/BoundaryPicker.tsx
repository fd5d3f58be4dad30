import { useRef } from 'react';
import { boundaryFileChosen } from '../store/actions';

/** A button that opens the file dialog for a GeoJSON boundary file (works in Electron and in the browser shell). */
export function BoundaryPicker({ label }: { label: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        hidden
        aria-label="Berkas batas wilayah GeoJSON"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void boundaryFileChosen(file);
        }}
      />
    </>
  );
}
