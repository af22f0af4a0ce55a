// SQLite through Prisma binds at most 999 values per statement; `aId IN (…) OR bId IN (…)` over a
// page of 500 claims needs 1,000. Long id lists are read in chunks instead (rows seen twice, e.g. a
// link whose two ends fall in different chunks, are kept once).
export const ID_CHUNK = 400;

export async function readInChunks<T extends { id: string }>(
  ids: string[],
  read: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (ids.length <= ID_CHUNK) return read(ids);
  const rows = new Map<string, T>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) for (const row of await read(ids.slice(i, i + ID_CHUNK))) rows.set(row.id, row);
  return [...rows.values()];
}

export type LinkSide = { aId: { in: string[] } } | { bId: { in: string[] } };

/**
 * Links with either end among `claimIds`, read one side at a time: with planner statistics, SQLite
 * answers `aId IN (…) OR bId IN (…)` over long lists by scanning every link of the type instead of
 * looking up each id in the (aId|bId, type, status) indexes.
 */
export async function readLinksTouching<T extends { id: string }>(
  claimIds: string[],
  read: (side: LinkSide) => Promise<T[]>,
): Promise<T[]> {
  const rows = new Map<string, T>();
  for (const side of ["aId", "bId"] as const)
    for (const row of await readInChunks(claimIds, (chunk) =>
      read(side === "aId" ? { aId: { in: chunk } } : { bId: { in: chunk } }),
    ))
      rows.set(row.id, row);
  return [...rows.values()];
}
