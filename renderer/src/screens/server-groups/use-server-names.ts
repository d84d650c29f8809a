import { useEffect, useState } from 'react';
import { api } from '../../lib/api.js';

/** Server names for ids (a group's members), each read once; a server gone or hidden keeps its id. */
export function useServerNames(cloud: string, ids: readonly string[]): Record<string, string | null> {
  const [names, setNames] = useState<Record<string, string | null>>({});
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(ids.map((id) => api.invoke('servers.get', { cloud, id }).then((r) => [id, r.ok ? r.value.name : null] as const))).then(
      (pairs) => live && setNames(Object.fromEntries(pairs)),
    );
    return () => {
      live = false;
    };
    // ids are compared by value
  }, [cloud, key]);
  return names;
}
