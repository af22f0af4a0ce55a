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
