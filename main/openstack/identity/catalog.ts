import { OpenStackError } from '../errors.js';
import type { CatalogService } from './token.js';

/** Official service types and the older names clouds still register (service-types-authority). */
const ALIASES: Record<string, string[]> = {
  'block-storage': ['block-storage', 'volumev3', 'volumev2', 'volume', 'block-store'],
  compute: ['compute'],
  image: ['image'],
  network: ['network'],
  identity: ['identity'],
  placement: ['placement'],
  'object-store': ['object-store'],
  'load-balancer': ['load-balancer'],
  'shared-file-system': ['shared-file-system', 'sharev2', 'share'],
};

export function serviceTypeCandidates(type: string): string[] {
  const official = Object.entries(ALIASES).find(([, names]) => names.includes(type))?.[0];
  return official ? (ALIASES[official] ?? [type]) : [type];
}

export interface EndpointQuery {
  type: string;
  interface?: 'public' | 'internal' | 'admin';
  region?: string;
}

function describe(catalog: CatalogService[]): string {
  if (catalog.length === 0) return 'the catalog is empty';
  return catalog
    .map((s) => `${s.type} (${s.endpoints.map((e) => `${e.interface} ${e.region || 'no region'}`).join(', ')})`)
    .join('; ');
}

/** The endpoint URL for a service type, interface and region, or an endpoint_not_found error. */
export function findEndpoint(catalog: CatalogService[], q: EndpointQuery): string {
  const iface = q.interface ?? 'public';
  for (const type of serviceTypeCandidates(q.type)) {
    for (const service of catalog.filter((s) => s.type === type)) {
      const match = service.endpoints.find(
        (e) => e.interface.replace(/URL$/, '') === iface && (!q.region || e.region === q.region),
      );
      if (match) return match.url.replace(/\/+$/, '');
    }
  }
  throw new OpenStackError(
    'endpoint_not_found',
    `no ${iface} endpoint for ${q.type}${q.region ? ` in region ${q.region}` : ''}; the catalog offers: ${describe(catalog)}`,
  );
}

export function regionsOf(catalog: CatalogService[]): string[] {
  return [...new Set(catalog.flatMap((s) => s.endpoints.map((e) => e.region)).filter(Boolean))].sort();
}
