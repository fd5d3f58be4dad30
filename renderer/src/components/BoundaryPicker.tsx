import { boundaryFileRequested } from '../store/actions/boundary-actions';

/** A button that opens the file dialog for a GeoJSON boundary file (native in Electron, upload in the browser). */
export function BoundaryPicker({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void boundaryFileRequested()}>
      {label}
    </button>
  );
}
