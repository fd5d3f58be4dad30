import type { Classification } from '../classify/classification';
import type { RegionLevel } from '../regions/types';

/** A polygon or multipolygon in WGS84 longitude/latitude, as boundary files hold it (any ring winding). */
export interface AreaGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
}

/** A region with its outline. */
export interface AreaShape {
  kode: string;
  nama: string;
  geometry: AreaGeometry;
}

/** A region the map colours: its outline and its value in the layer (null = no value). */
export interface MappedRegion extends AreaShape {
  value: number | null;
  category: string | null;
}

/** The layer as the page describes it. */
export interface BriefingLayer {
  name: string;
  level: RegionLevel;
  source: string;
  editionDate: string | null;
  classification: Classification;
  isDemo: boolean;
}

/**
 * Everything one page needs besides its layout: the layer, the regions it colours (full-detail outlines), what is
 * drawn around them for context, and the facts the footer states. Pure data, so the same page comes out of the
 * preview, every export and the command line.
 */
export interface BriefingInput {
  layer: BriefingLayer;
  /** The province (or kab/kota) shown; null for the whole country. */
  focus: AreaShape | null;
  /** Regions of the layer's level inside the focus (or all of them). */
  regions: MappedRegion[];
  /** Outlines drawn over the regions, heavier: provinces on the national map, the focus itself otherwise. */
  outlines: readonly AreaShape[];
  /** Areas around the focus, drawn faded (neighbouring provinces); empty on the national map. */
  context: readonly AreaShape[];
  /** Provinces of Indonesia for the locator inset (generalised outlines are enough at that size). */
  insetAreas: readonly AreaShape[];
  /** ISO date the page is produced on (the footer writes it in Indonesian). */
  producedOn: string;
  /** Page number in an atlas. */
  page?: { number: number; count: number };
}
