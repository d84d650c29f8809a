import { OpenStackError } from './errors.js';
import { redactUrl } from './redact.js';
import type { Query, ServiceClient } from './service-client.js';

interface Link {
  rel?: string;
  href?: string;
}

/** Enough pages for 1,000,000 rows at Nova's default page size; more means the server is looping. */
export const DEFAULT_MAX_PAGES = 1000;

/** The `next` link of Nova (`servers_links`, `links`), Neutron (`networks_links`) or Glance (`next`). */
export function nextLink(body: Record<string, unknown>, linksKey: string, endpoint: string): string | undefined {
  const links = body[linksKey];
  if (Array.isArray(links)) {
    const href = (links as Link[]).find((l) => l.rel === 'next')?.href;
    if (href) return href;
  }
  const next = body.next;
  if (typeof next === 'string' && next) {
    // Glance gives a path relative to the endpoint root ("/v2/images?marker=...")
    if (/^[a-z][a-z0-9+.-]*:/i.test(next)) return next;
    const root = endpoint.replace(/\/v2(\.0)?$/, '');
    return root + (next.startsWith('/') ? next : `/${next}`);
  }
  return undefined;
}

function paginationError(what: string, service: string): OpenStackError {
  return new OpenStackError('server_error', what, { service });
}

/**
 * The token goes only where the catalog said the service is. A next link on another scheme,
 * host or port is refused rather than rebased onto the endpoint: rebasing would have to guess
 * how a foreign path maps onto ours (proxies add and strip prefixes), and a wrong guess lists
 * something else without a word; a misconfigured link prefix is the operator's to fix, and
 * the error names it.
 */
export function checkNextOrigin(next: string, endpoint: string, service: string): string {
  let url: URL;
  try {
    url = new URL(next);
  } catch {
    throw paginationError(`${service} gave a next link that is not a URL: ${JSON.stringify(next.slice(0, 200))}`, service);
  }
  const own = new URL(endpoint).origin;
  if (url.origin !== own) {
    throw paginationError(
      `${service} gave a next page link on another origin, ${redactUrl(next)}; the list stops here so the token is sent only to ${own}`,
      service,
    );
  }
  return url.toString();
}

/** The marker a link carries (the whole link when it has none): seeing one twice means a loop. */
function markerOf(url: string): string {
  return new URL(url).searchParams.get('marker') ?? url;
}

export type PagedClient = Pick<ServiceClient, 'endpoint' | 'url' | 'json' | 'serviceType'>;

export interface ListAllOptions<T> {
  /** stop with an error after this many pages while a next link remains */
  maxPages?: number;
  /** stop quietly once this many items are in (the caller asked for no more) */
  maxItems?: number;
  /** where the next link is: `<key>_links` unless the API names it otherwise (instance actions: `links`) */
  linksKey?: string;
  /**
   * The first page this small, the rest as large as the service allows: the first rows can
   * be shown at the cost of a small page while the rest still comes in one or two requests
   * (Nova builds a 1,000-server page in seconds). The `limit` is dropped from the next link.
   */
  firstPageLimit?: number;
  /** each page as it lands; `more`: another page follows */
  onPage?: (items: T[], more: boolean) => void;
}

/**
 * Follows `next` links until none is left. A link to another origin, a repeated marker and
 * more than `maxPages` pages are errors: a partial list returned as if whole would mislead.
 * An empty page ends the list. `onPage` sees each page as it arrives (progressive rendering).
 */
export async function listAll<T>(client: PagedClient, path: string, key: string, query: Query = {}, opts: ListAllOptions<T> = {}): Promise<T[]> {
  const endpoint = await client.endpoint();
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  const service = client.serviceType;
  const out: T[] = [];
  let url = await client.url(path, opts.firstPageLimit === undefined ? query : { ...query, limit: opts.firstPageLimit });
  const seen = new Set<string>([markerOf(url)]);
  for (let page = 1; ; page++) {
    const body: Record<string, unknown> = await client.json('GET', url);
    const items = (body[key] as T[] | undefined) ?? [];
    out.push(...items);
    const done = items.length === 0 || (opts.maxItems !== undefined && out.length >= opts.maxItems);
    const next = done ? undefined : nextLink(body, opts.linksKey ?? `${key}_links`, endpoint);
    opts.onPage?.(items, next !== undefined);
    if (!next) break;
    if (page >= maxPages) {
      throw paginationError(`${service} still had a next page after ${maxPages} pages (${out.length} items); the list stops here`, service);
    }
    const checked = checkNextOrigin(next, endpoint, service);
    const marker = markerOf(checked);
    if (seen.has(marker)) {
      const shown = marker === checked ? redactUrl(checked) : JSON.stringify(marker.slice(0, 200));
      throw paginationError(`${service} repeated the page marker ${shown}; the list stops here instead of looping`, service);
    }
    seen.add(marker);
    url = opts.firstPageLimit === undefined ? checked : withoutLimit(checked, query.limit);
  }
  return opts.maxItems !== undefined ? out.slice(0, opts.maxItems) : out;
}

/** A next link without the small first page's `limit` (or with the caller's own, if it gave one). */
function withoutLimit(url: string, own: Query[string]): string {
  const u = new URL(url);
  if (own === undefined) u.searchParams.delete('limit');
  else u.searchParams.set('limit', String(own));
  return u.toString();
}
