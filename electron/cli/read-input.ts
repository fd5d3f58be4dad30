import { readFileSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';

/** A file named on the command line, or a Bahasa message saying what is wrong with the path. */
export function readInput(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new ApiError(
      'NOT_FOUND',
      `Berkas ${path} tidak dapat dibuka (${(error as NodeJS.ErrnoException).code ?? 'galat'}). Periksa nama dan ` +
        `lokasinya.`,
    );
  }
}
