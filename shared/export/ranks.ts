/**
 * Competition ranks ("1224"), highest value first: an index is read as "higher = more vulnerable", so rank 1 is the
 * region most at risk. Regions without a value get no rank.
 */
export function ranksDescending(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const sorted = [...values]
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  sorted.forEach(([kode, value], i) => {
    const previous = i > 0 ? sorted[i - 1]! : null;
    ranks.set(kode, previous && previous[1] === value ? ranks.get(previous[0])! : i + 1);
  });
  return ranks;
}

/** Ranks within each group (province), by the same rule. */
export function ranksWithinGroups(
  values: ReadonlyMap<string, number | null>,
  groupOf: (kode: string) => string,
): Map<string, number> {
  const groups = new Map<string, Map<string, number | null>>();
  for (const [kode, value] of values) {
    const group = groupOf(kode);
    if (!groups.has(group)) groups.set(group, new Map());
    groups.get(group)!.set(kode, value);
  }
  const ranks = new Map<string, number>();
  for (const members of groups.values()) for (const [kode, rank] of ranksDescending(members)) ranks.set(kode, rank);
  return ranks;
}
