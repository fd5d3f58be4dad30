import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEMO_LAYER_ID } from '../../../../../shared/demo/demo-layer';
import { editionCopy } from '../../../../../shared/editions/editions';
import { openTempCore, thrownApiError } from '../../../helpers/temp-core';

const LAYER = {
  id: 'uji',
  name: 'Uji',
  level: 2 as const,
  edition: editionCopy('custom'),
  classing: { method: 'quantile' as const, classes: 3, palette: 'YlOrRd' as const },
  isDemo: false,
};

describe('LayerRepo: classification checked on the way in and out', () => {
  it('refuses to store a classification whose cuts do not ascend', async () => {
    const core = await openTempCore();
    const classes = ['a', 'b', 'c'].map((key) => ({ key, label: key, color: '#000000' }));
    const breaks = [
      { at: 50, equalGoesUp: true },
      { at: 10, equalGoesUp: true },
    ];
    expect(() => core.store.layers.insert({ ...LAYER, classification: { classes, breaks } })).toThrow(/naik/);
    expect(core.store.layers.get('uji')).toBeUndefined();
  });

  it('reports a damaged stored classification as DB_UNREADABLE with what to do, instead of drawing it', async () => {
    const core = await openTempCore();
    const writer = new Database(core.store.file);
    writer.prepare('UPDATE layers SET classification = \'{"classes":[]}\' WHERE id = ?').run(DEMO_LAYER_ID);
    writer.close();
    const error = thrownApiError(() => core.store.layers.get(DEMO_LAYER_ID));
    expect(error.code).toBe('DB_UNREADABLE');
    expect(error.message).toMatch(/impor ulang|cadangan/);
  });
});
