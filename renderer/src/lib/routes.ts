import { useSyncExternalStore } from 'react';

/** The screens, addressed by the hash: #/overview, #/servers, #/launch, #/images, #/keypairs, #/server-groups, #/security-groups, #/floating-ips, #/volumes, #/volume-snapshots, #/app-credentials, #/profiles. */
export const ROUTES = ['overview', 'servers', 'launch', 'images', 'keypairs', 'server-groups', 'security-groups', 'floating-ips', 'volumes', 'volume-snapshots', 'app-credentials', 'profiles'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'servers';

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name ?? '') ? (name as Route) : DEFAULT_ROUTE;
}

export function navigate(route: Route): void {
  window.location.hash = `#/${route}`;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}
