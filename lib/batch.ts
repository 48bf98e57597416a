// Work that grows with the number of registrants is done in batches: no query reads or writes
// more rows, or sends more parameters, than BATCH_SIZE (tests/integration/scale.test.ts checks it).

export const BATCH_SIZE = 500;

/** Ids in one IN (...) list: the batch size, less room for the query's other parameters. */
export const IDS_PER_QUERY = BATCH_SIZE - 20;

/** Splits a list into chunks of at most `size`. */
export function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Rows per multi-row insert, for rows of `columns` values each. */
export const rowsPerInsert = (columns: number) => Math.max(1, Math.floor(BATCH_SIZE / columns));
