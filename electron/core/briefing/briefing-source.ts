import { ApiError } from '../../../shared/api/errors';
import { isoLocalDate } from '../../../shared/format/date';
import type { LayerSummary, RegionValue } from '../../../shared/api/types';
import type { AreaShape, BriefingInput } from '../../../shared/briefing/types';
import { levelOfCode, provinceCode } from '../../../shared/regions/codes';
import { LEVEL_LABELS } from '../../../shared/regions/labels';
import type { RegionLevel } from '../../../shared/regions/types';
import type { Store } from '../db/store';
import { layerValuesOf, requireAnyLayer } from '../layers/any-layer';

/**
 * One layer's briefing pages: reads the layer and its values once, takes the full-detail outlines from the store
 * (which parses them once for every page of an atlas) and assembles the composer's input for the whole country or
 * one province (or, for a kecamatan layer, one kab/kota).
 */
export class BriefingSource {
  private readonly values: Map<string, RegionValue>;
  private insetShapes: AreaShape[] | null = null;
  /** Today in the machine's own time zone, as ISO (the footer writes it in Indonesian). */
  readonly producedOn = isoLocalDate(new Date());

  private constructor(
    private readonly store: Store,
    readonly layer: LayerSummary,
  ) {
    this.values = new Map(layerValuesOf(store, layer.id).map((v) => [v.kode, v]));
  }

  /** The source for a layer; NOT_FOUND for an unknown layer, INVALID_INPUT when its level has no boundaries. */
  static open(store: Store, layerId: string): BriefingSource {
    const layer = requireAnyLayer(store, layerId);
    const counts = store.boundaries.counts();
    const have = { 1: counts.provinsi, 2: counts.kabkota, 3: counts.kecamatan }[layer.level];
    if (have === 0 || (layer.level > 1 && counts.provinsi === 0)) {
      throw new ApiError(
        'INVALID_INPUT',
        `Batas wilayah ${LEVEL_LABELS[layer.level]} belum dimuat, jadi peta tidak dapat dicetak. ` +
          'Muat berkas batas wilayah lewat menu Tentang & sumber data.',
      );
    }
    return new BriefingSource(store, layer);
  }

  private level(level: RegionLevel, prefix = ''): readonly AreaShape[] {
    return this.store.boundaries.printShapes(level, prefix);
  }

  /** Checks that a focus suits the layer: provinces for kab/kota layers, a province or kab/kota for kecamatan. */
  private checkFocus(focus: string | null): void {
    const { level } = this.layer;
    if (focus === null && level === 3) {
      throw new ApiError(
        'INVALID_INPUT',
        'Lapisan kecamatan dicetak per provinsi atau per kab/kota: pilih wilayahnya.',
      );
    }
    if (focus === null) return;
    const focusLevel = levelOfCode(focus);
    if (level === 1 || focusLevel >= level) {
      throw new ApiError(
        'INVALID_INPUT',
        level === 1
          ? 'Lapisan provinsi dicetak untuk seluruh Indonesia; kosongkan pilihan provinsi.'
          : `Lapisan ${LEVEL_LABELS[level]} dicetak untuk seluruh Indonesia atau per provinsi.`,
      );
    }
    if (!this.level(focusLevel).some((s) => s.kode === focus)) {
      throw new ApiError('NOT_FOUND', `Wilayah ${focus} tidak dikenal atau belum punya batas wilayah.`);
    }
  }

  /** The composer's input for one page: the whole country (null) or one province / kab/kota. */
  page(focusKode: string | null, page?: { number: number; count: number }): BriefingInput {
    this.checkFocus(focusKode);
    const { level } = this.layer;
    const prefix = focusKode ? `${focusKode}.` : '';
    const regions = this.level(level, prefix).map((shape) => {
      const value = this.values.get(shape.kode);
      return { ...shape, value: value?.value ?? null, category: value?.category ?? null };
    });
    const focus = focusKode ? this.level(levelOfCode(focusKode)).find((s) => s.kode === focusKode)! : null;
    const provinces = this.level(1);
    let outlines: readonly AreaShape[] = [];
    let context: readonly AreaShape[] = [];
    if (!focus) outlines = level === 2 ? provinces : [];
    else if (levelOfCode(focus.kode) === 1) {
      outlines = level === 3 ? [...this.level(2, prefix), focus] : [focus];
      context = provinces.filter((p) => p.kode !== focus.kode);
    } else {
      const province = provinceCode(focus.kode);
      outlines = [focus];
      context = [
        ...this.level(2, `${province}.`).filter((k) => k.kode !== focus.kode),
        ...provinces.filter((p) => p.kode !== province),
      ];
    }
    this.insetShapes ??= this.store.boundaries.get(1).polygons.features.map((f) => ({
      kode: f.properties.kode,
      nama: f.properties.nama,
      geometry: f.geometry,
    }));
    return {
      layer: this.layer,
      focus,
      regions,
      outlines,
      context,
      insetAreas: this.insetShapes,
      producedOn: this.producedOn,
      page,
    };
  }

  /** The atlas's pages: every province for a kab/kota layer, every kab/kota of `province` for a kecamatan layer. */
  atlasPages(province: string | null): readonly AreaShape[] {
    const { level } = this.layer;
    if (level === 2 && province === null) return this.level(1);
    if (level === 3 && province !== null && levelOfCode(province) === 1) {
      this.checkFocus(province);
      return this.level(2, `${province}.`);
    }
    throw new ApiError(
      'INVALID_INPUT',
      level === 3
        ? 'Atlas lapisan kecamatan dibuat per kab/kota dari satu provinsi: pilih provinsinya (--province).'
        : level === 2
          ? 'Atlas lapisan kab/kota berisi satu halaman per provinsi untuk seluruh Indonesia; kosongkan provinsi.'
          : 'Atlas butuh lapisan kabupaten/kota atau kecamatan.',
    );
  }
}
