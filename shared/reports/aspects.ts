/** The aspects of ATHG ("ipoleksosbudhankam", DOMAIN.md): ideologi, politik, ekonomi, sosial-budaya, hankam. */
export const ASPECTS = ['ideologi', 'politik', 'ekonomi', 'sosial-budaya', 'pertahanan-keamanan'] as const;

export type Aspect = (typeof ASPECTS)[number];

/** How each aspect is named on screen and in exports. */
export const ASPECT_LABELS: Readonly<Record<Aspect, string>> = {
  ideologi: 'Ideologi',
  politik: 'Politik',
  ekonomi: 'Ekonomi',
  'sosial-budaya': 'Sosial-budaya',
  'pertahanan-keamanan': 'Pertahanan-keamanan',
};
