import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../../shared/classify/legend';
import { composeBriefing } from '../../../../shared/briefing/compose';
import { PRINT_CREDIT_LINE } from '../../../../shared/credits';
import { escapeXml } from '../../../../shared/briefing/svg';
import { ikpLayer, provinceInput } from '../../helpers/briefing-fixture';

/** The text content of every <text> element, tspans joined, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** The texts of one legend row (its <g data-class=…>). */
function legendRow(svg: string, key: string): string[] {
  const row = new RegExp(`<g data-class="${key}">(.*?)</g>`).exec(svg);
  return row ? texts(row[1]!) : [];
}

describe('composeBriefing', () => {
  it('writes each class range exactly as the screen legend does, with its count of regions', () => {
    const { svg } = composeBriefing(provinceInput(), {});
    const entries = legendEntries(ikpLayer().classification);
    // Values 10, 30, 60 and 55 (the tiny kota): one rendah, one sedang, two tinggi.
    expect(entries.map((e) => legendRow(svg, e.key))).toEqual([
      ['Rendah', '< 13,47', '1'],
      ['Sedang', '13,47 – < 49,33', '1'],
      ['Tinggi', '≥ 49,33', '2'],
    ]);
  });

  it('counts regions without a value under "Tidak ada data"', () => {
    const { svg, facts } = composeBriefing(provinceInput(), {});
    expect(legendRow(svg, 'tidak-ada-data')).toEqual(['Tidak ada data', '1']);
    expect(facts.noData).toBe(1);
  });

  it('sets ≥ in Noto Sans Math, the one bundled face that has the glyph', () => {
    const { svg } = composeBriefing(provinceInput(), {});
    expect(svg).toContain('<tspan font-family="Noto Sans Math">≥</tspan> 49,33');
  });

  it('titles the page with the layer and the area by default', () => {
    const { facts } = composeBriefing(provinceInput(), {});
    expect(facts.title).toBe('IKP Uji 2024 — Kabupaten/Kota di Provinsi Jawa Barat');
  });

  it('keeps the analyst’s own title, escaped as text', () => {
    const { svg } = composeBriefing(provinceInput(), { title: 'Rakor <Jabar> & Banten' });
    expect(svg).toContain(`>${escapeXml('Rakor <Jabar> & Banten')}</text>`);
  });

  it('states source and edition, classification method, production date and data credits in the footer', () => {
    const footer = texts(composeBriefing(provinceInput(), {}).svg).join(' ');
    expect(footer).toContain('Sumber: Bawaslu RI, uji; edisi 16 Desember 2022.');
    expect(footer).toContain('Metode klasifikasi: ambang Bawaslu IKP 2024');
    expect(footer).toContain('Dibuat dengan Waspada, 26 November 2026.');
    expect(footer).toContain(PRINT_CREDIT_LINE);
  });

  it('always prints the "fiktif" mark on the demo layer, even when the layout turns it off', () => {
    const input = provinceInput({ layer: ikpLayer({ isDemo: true, name: 'Data contoh — fiktif' }) });
    const { svg, facts } = composeBriefing(input, { watermark: false });
    expect(facts.watermark).toBe(true);
    expect(svg).toContain('data-element="tanda-air"');
    expect(texts(svg)).toContain('DATA CONTOH — FIKTIF');
  });

  it('prints no watermark on a real layer unless the analyst asks for one', () => {
    expect(composeBriefing(provinceInput(), {}).svg).not.toContain('data-element="tanda-air"');
    expect(composeBriefing(provinceInput(), { watermark: true }).svg).toContain('data-element="tanda-air"');
  });

  it('gives a region too small to see a marker in its class colour', () => {
    const { svg, facts } = composeBriefing(provinceInput(), {});
    expect(facts.markers).toBe(1);
    expect(svg).toMatch(/<circle [^>]*fill="#bd0026"[^>]*data-kode="32\.71"/);
  });

  it.each([
    ['A4', 'landscape', 297, 210],
    ['A4', 'portrait', 210, 297],
    ['A3', 'landscape', 420, 297],
    ['A3', 'portrait', 297, 420],
  ] as const)('lays out %s %s as %i × %i mm', (paper, orientation, w, h) => {
    const { svg } = composeBriefing(provinceInput(), { paper, orientation });
    expect(svg).toContain(`width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}"`);
  });

  it('moves everything off the bound edge when a binding margin is asked for', () => {
    const loose = composeBriefing(provinceInput(), {}).svg;
    const bound = composeBriefing(provinceInput(), { binding: 'left' }).svg;
    const titleX = (svg: string) => Number(/<g data-element="judul"><text x="([\d.]+)"/.exec(svg)![1]);
    expect(titleX(bound) - titleX(loose)).toBe(12);
  });

  it('draws the inset of Indonesia only on a province view, and only when asked', () => {
    expect(composeBriefing(provinceInput(), {}).svg).toContain('data-element="peta-sisipan"');
    expect(composeBriefing(provinceInput(), { inset: false }).svg).not.toContain('data-element="peta-sisipan"');
    expect(composeBriefing(provinceInput({ focus: null }), {}).svg).not.toContain('data-element="peta-sisipan"');
  });

  it('ranks the regions with a value, highest first, in the table', () => {
    const table = /<g data-element="tabel-peringkat">(.*?)<g data-element="kaki"/.exec(
      composeBriefing(provinceInput(), {}).svg,
    );
    const cells = texts(table?.[0] ?? '');
    expect(cells.filter((t) => t.startsWith('Kab.') || t.startsWith('Kota'))).toEqual([
      'Kab. Cianjur',
      'Kota Bogor',
      'Kab. Sukabumi',
      'Kab. Bogor',
    ]);
  });

  it('writes the page number in an atlas', () => {
    const { svg } = composeBriefing(provinceInput({ page: { number: 3, count: 38 } }), {});
    expect(texts(svg)).toContain('Halaman 3 dari 38');
  });
});
