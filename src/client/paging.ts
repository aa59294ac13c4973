import type { Paged, Query } from './wire-types.ts';

/**
 * Every item of a list, page after page (page=1, 2, …, starting at the query's `page` if given) until the
 * server says `has_next_page: false`. Pages are fetched one at a time, as they are consumed.
 */
export async function* allPages<P extends Paged, T>(
  fetchPage: (query: Query) => Promise<P>,
  itemsOf: (page: P) => readonly T[],
  query: Query = {},
): AsyncGenerator<T, void, undefined> {
  let page = Number(query.page ?? 1);
  for (;;) {
    const data = await fetchPage({ ...query, page });
    const items = itemsOf(data);
    yield* items;
    // An empty page ends the walk too: a server that kept saying "more" would otherwise loop forever.
    if (!data.has_next_page || items.length === 0) return;
    page++;
  }
}
