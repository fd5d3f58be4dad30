import { describe, expect, it } from 'vitest';
import { outsideAsar } from '../../../../electron/core/paths';

describe('outsideAsar', () => {
  it.each([
    [
      '/opt/Waspada/resources/app.asar/out/main/import-worker.js',
      '/opt/Waspada/resources/app.asar.unpacked/out/main/import-worker.js',
    ],
    [
      'C:\\Program Files\\Waspada\\resources\\app.asar\\out\\main\\import-worker.js',
      'C:\\Program Files\\Waspada\\resources\\app.asar.unpacked\\out\\main\\import-worker.js',
    ],
    ['/work/waspada/out/main/import-worker.js', '/work/waspada/out/main/import-worker.js'],
    ['/home/analis/app.asar.unpacked/x.js', '/home/analis/app.asar.unpacked/x.js'],
  ])('maps %s to %s', (path, expected) => expect(outsideAsar(path)).toBe(expected));
});
