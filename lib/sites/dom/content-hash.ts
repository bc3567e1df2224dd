/**
 * A stable id for a message row that carries none: the same content always hashes the same, so a row that the
 * page recycles or re-renders is recognised as already seen. Two FNV-1a passes give 64 bits.
 */
export function contentHash(content: string): string {
  return `h${fnv1a(content, 0x811c9dc5)}${fnv1a(content, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Ids for rows without one: identical rows (the same "ok" sent twice) get "#2", "#3" so that neither is dropped
 * as a duplicate of the other.
 */
export function uniqueContentIds(contents: readonly string[]): string[] {
  const counts = new Map<string, number>();
  return contents.map((content) => {
    const base = contentHash(content);
    const count = (counts.get(base) ?? 0) + 1;
    counts.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}

/**
 * Content ids for the rows that have no page id (index-aligned; undefined where the page gave an id). Only those
 * rows are counted for "#2" suffixes, so skipping rows the page identified does not shift anyone's id.
 */
export function contentIdsForRowsWithoutId<T extends { pageId?: string }>(rows: readonly T[], content: (row: T) => string): (string | undefined)[] {
  const anonymous = rows.filter((row) => row.pageId === undefined);
  const ids = uniqueContentIds(anonymous.map(content));
  let next = 0;
  return rows.map((row) => (row.pageId === undefined ? ids[next++] : undefined));
}
