import { findEdition } from '../../../shared/editions/editions';
import type { GridCell } from '../../../shared/import/fields';
import type { SheetLayout } from '../../../shared/import/layout';
import { recognizeEdition } from '../../../shared/import/recognize-edition';

/**
 * The edition a table names itself (title, header, source note), proposed instead of "Lapisan sendiri" when the
 * analyst has not chosen one, with a preview message that says why and how to change it.
 */
export function proposedPreset(
  cells: readonly (readonly GridCell[])[],
  layout: SheetLayout,
): { editionId: string; message: string } | null {
  const found = recognizeEdition(cells, layout.headers, layout.dataStart);
  const edition = found && findEdition(found.editionId);
  if (!found || !edition) return null;
  return {
    editionId: edition.editionId,
    message:
      `Edisi dikenali dari tabel ("${found.evidence}"): ${edition.name}. Ambang dan kategori edisi itu dipakai; ` +
      'ganti di "Produk / edisi" bila keliru.',
  };
}
