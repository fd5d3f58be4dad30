/** The A/T/H/G of ATHG: Ancaman, Tantangan, Hambatan, Gangguan (DOMAIN.md). */
export type AthgType = 'A' | 'T' | 'H' | 'G';

/** ATHG letters in their customary order. */
export const ATHG_TYPES: readonly AthgType[] = ['A', 'T', 'H', 'G'];

/** How each ATHG type is named on screen, in exports and in the CLI. */
export const ATHG_LABELS: Readonly<Record<AthgType, string>> = {
  A: 'Ancaman',
  T: 'Tantangan',
  H: 'Hambatan',
  G: 'Gangguan',
};
