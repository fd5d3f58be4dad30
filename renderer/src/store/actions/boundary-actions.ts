import { formatNumber } from '../../../../shared/format/number';
import { call } from '../../api/client';
import { filePlatform, type PickedFile } from '../../platform/files';
import { guarded, state } from './notify';

const GEOJSON = { accept: ['.geojson', '.json'], description: 'Batas wilayah GeoJSON' };

/** Loads a chosen boundary file; its level replaces the stored one and the map redraws. */
async function boundaryFileChosen(file: PickedFile): Promise<void> {
  state().busyChanged(`Memuat batas wilayah dari ${file.name}…`);
  try {
    const content = new TextDecoder().decode(file.bytes);
    const result = await call('boundaries.import', { fileName: file.name, content });
    const skipped =
      result.skipped.length > 0
        ? ` ${result.skipped.length} fitur dilewati (mis. ${result.skipped[0]!.kode}: ${result.skipped[0]!.reason}).`
        : '';
    state().noticeShown({
      kind: 'info',
      subject: 'boundaries',
      text: `${formatNumber(result.stored)} batas wilayah dimuat dari ${file.name}.${skipped}`,
    });
    const [provinsi, kabkota] = await Promise.all([
      call('boundaries.get', { level: 1 }),
      call('boundaries.get', { level: 2 }),
    ]);
    state().boundariesLoaded(provinsi, kabkota);
  } finally {
    state().busyChanged(null);
  }
}

/** The analyst asked to load boundaries from a file: pick one, then load it. */
export function boundaryFileRequested(): Promise<void> {
  return guarded(
    async () => {
      const [file] = await filePlatform().openFiles(GEOJSON);
      if (file) await boundaryFileChosen(file);
    },
    { subject: 'boundaries' },
  );
}
