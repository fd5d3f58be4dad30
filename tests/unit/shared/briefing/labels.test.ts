import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../../shared/briefing/compose';
import { boxesOverlap } from '../../../../shared/briefing/svg';
import { gridShapes, ikpLayer, provinceInput } from '../../helpers/briefing-fixture';

/** A province of 25 kab/kota in a 5×5 grid, every one labelled. */
function crowdedInput() {
  const codes = Array.from({ length: 25 }, (_, i) => ({
    kode: `32.${String(i + 1).padStart(2, '0')}`,
    nama: `Kabupaten Wilayah Uji Bernama Panjang ${i + 1}`,
  }));
  const regions = gridShapes(codes, 106, -8, 2).map((s, i) => ({ ...s, value: i * 4, category: null }));
  return provinceInput({ regions, layer: ikpLayer() });
}

describe('region labels', () => {
  it('never lets two names overlap', () => {
    const { placements } = composeBriefing(crowdedInput(), { labels: 'all' }).facts.labels;
    expect(placements.length).toBeGreaterThan(10);
    for (const [i, a] of placements.entries()) {
      for (const b of placements.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.kode} / ${b.kode}`).toBe(false);
    }
  });

  it('labels every region of a province view by default, inside its own region where the name fits', () => {
    const { labels } = composeBriefing(provinceInput(), {}).facts;
    expect(labels.placements.map((p) => p.kode).sort()).toEqual(['32.01', '32.02', '32.03', '32.04', '32.71']);
    // The four big squares hold their names; the tiny kota gets its name beside it on a tab.
    expect(
      labels.placements
        .filter((p) => p.inside)
        .map((p) => p.kode)
        .sort(),
    ).toEqual(['32.01', '32.02', '32.03', '32.04']);
  });

  it('centres a name that fits on its region’s pole of inaccessibility', () => {
    const { labels } = composeBriefing(provinceInput({ regions: provinceInput().regions.slice(0, 4) }), {}).facts;
    const boxes = labels.placements.map((p) => p.box);
    // The four squares of the 2×2 grid: names centred in four distinct quadrants.
    const centres = boxes.map((b) => [Math.round(b.x + b.w / 2), Math.round(b.y + b.h / 2)].join(','));
    expect(new Set(centres).size).toBe(4);
  });

  it('labels only the top N by value when asked', () => {
    const { labels } = composeBriefing(provinceInput(), { labels: 'top', labelTop: 2 }).facts;
    expect(labels.placements.map((p) => p.kode)).toEqual(['32.03', '32.71']);
  });

  it('prints no names on the national map unless asked', () => {
    const { labels } = composeBriefing(provinceInput({ focus: null }), {}).facts;
    expect(labels.placements).toEqual([]);
  });
});
