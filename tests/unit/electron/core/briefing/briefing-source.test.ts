import { describe, expect, it } from 'vitest';
import { importBoundaryText } from '../../../../../electron/core/boundaries/boundary-import';
import { BriefingSource } from '../../../../../electron/core/briefing/briefing-source';
import type { Core } from '../../../../../electron/core/core';
import { editionCopy } from '../../../../../shared/editions/editions';
import { IKP_2024_CLASSIFICATION } from '../../../../../shared/editions/ikp-2024';
import { gridShapes, seedSquareBoundaries } from '../../../helpers/briefing-fixture';
import { openTempCore, thrownApiError } from '../../../helpers/temp-core';

/** A kecamatan layer over the kecamatan of Kabupaten Bogor (32.01), with boundaries on a grid inside it. */
async function kecamatanCore(): Promise<{ core: Core; kecamatan: string[] }> {
  const core = await openTempCore();
  seedSquareBoundaries(core);
  const bogor = core.store.regions.list(3).filter((r) => r.induk === '32.01');
  const shapes = gridShapes(bogor, 106, -8, 2 / 6);
  importBoundaryText(
    core.store,
    JSON.stringify({
      type: 'FeatureCollection',
      features: shapes.map((s) => ({ type: 'Feature', properties: { kode: s.kode }, geometry: s.geometry })),
    }),
    'uji-kecamatan.geojson',
  );
  core.store.layers.insert({
    id: 'kec-uji',
    name: 'Kecamatan uji',
    level: 3,
    edition: { ...editionCopy('custom'), source: 'uji', scaleMin: 0, scaleMax: 100 },
    classing: { method: 'official', classes: 3, palette: 'YlOrRd' },
    classification: IKP_2024_CLASSIFICATION[2],
    isDemo: false,
  });
  core.store.layers.insertValues(
    'kec-uji',
    bogor.map((r, i) => ({ kode: r.kode, value: i * 3, category: null })),
  );
  return { core, kecamatan: bogor.map((r) => r.kode) };
}

describe('BriefingSource', () => {
  it('shows a kecamatan layer for one kab/kota, its neighbours faded around it', async () => {
    const { core, kecamatan } = await kecamatanCore();
    const page = BriefingSource.open(core.store, 'kec-uji').page('32.01');
    expect(page.regions.map((r) => r.kode)).toEqual(kecamatan);
    expect(page.outlines.map((o) => o.kode)).toEqual(['32.01']);
    expect(page.context.map((c) => c.kode)).toContain('32.02');
    expect(page.context.map((c) => c.kode)).toContain('36');
  });

  it('makes a kecamatan atlas of the kab/kota of one province', async () => {
    const { core } = await kecamatanCore();
    const pages = BriefingSource.open(core.store, 'kec-uji').atlasPages('32');
    expect(pages.map((p) => p.kode)).toEqual(
      core.store.regions
        .list(2)
        .filter((r) => r.induk === '32')
        .map((r) => r.kode),
    );
  });

  it('asks for an area before printing a kecamatan layer', async () => {
    const { core } = await kecamatanCore();
    const error = thrownApiError(() => BriefingSource.open(core.store, 'kec-uji').page(null));
    expect(error.message).toContain('per provinsi atau per kab/kota');
  });

  it('draws province borders over the national kab/kota map, and the province alone in its own view', async () => {
    const core = await openTempCore();
    seedSquareBoundaries(core);
    const source = BriefingSource.open(core.store, 'contoh-fiktif');
    expect(source.page(null).outlines.map((o) => o.kode)).toEqual(['31', '32', '36']);
    const jabar = source.page('32');
    expect(jabar.outlines.map((o) => o.kode)).toEqual(['32']);
    expect(jabar.context.map((c) => c.kode)).toEqual(['31', '36']);
    expect(jabar.regions.every((r) => r.kode.startsWith('32.') && r.value !== null)).toBe(true);
  });
});
