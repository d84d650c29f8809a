import type { Query, ServiceClient } from './service-client.js';

interface Link {
  rel?: string;
  href?: string;
}

/** The `next` link of Nova (`servers_links`), Neutron (`networks_links`) or Glance (`next`). */
export function nextLink(body: Record<string, unknown>, linksKey: string, endpoint: string): string | undefined {
  const links = body[linksKey];
  if (Array.isArray(links)) {
    const href = (links as Link[]).find((l) => l.rel === 'next')?.href;
    if (href) return href;
  }
  const next = body.next;
  if (typeof next === 'string' && next) {
    // Glance gives a path relative to the endpoint root ("/v2/images?marker=...")
    if (/^https?:\/\//.test(next)) return next;
    const root = endpoint.replace(/\/v2(\.0)?$/, '');
    return root + (next.startsWith('/') ? next : `/${next}`);
  }
  return undefined;
}

/** The marker a next link carries; a repeated one means the server is looping. */
function markerOf(url: string): string {
  return new URL(url).searchParams.get('marker') ?? url;
}

/**
 * Follows `next` links until none is left, stopping on a repeated marker or after `maxPages`.
 * `onPage` sees each page as it arrives (progressive rendering).
 */
export async function listAll<T>(
  client: ServiceClient,
  path: string,
  key: string,
  query: Query = {},
  opts: { maxPages?: number; maxItems?: number; onPage?: (items: T[]) => void } = {},
): Promise<T[]> {
  const endpoint = await client.endpoint();
  const seen = new Set<string>();
  const out: T[] = [];
  let url: string | undefined = await client.url(path, query);
  for (let page = 0; url && page < (opts.maxPages ?? 1000); page++) {
    const body: Record<string, unknown> = await client.json('GET', url);
    const items = (body[key] as T[] | undefined) ?? [];
    out.push(...items);
    opts.onPage?.(items);
    if (items.length === 0 || (opts.maxItems !== undefined && out.length >= opts.maxItems)) break;
    const next = nextLink(body, `${key}_links`, endpoint);
    if (!next) break;
    const marker = markerOf(next);
    if (seen.has(marker)) break;
    seen.add(marker);
    url = next;
  }
  return opts.maxItems !== undefined ? out.slice(0, opts.maxItems) : out;
}
