import { useEffect, useState } from 'react';
import { api } from '../../lib/api.js';

/** Nova matches `name` as a regular expression: anchored and escaped, it asks for this name only. */
export function exactNamePattern(name: string): string {
  return `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/** Wait this long after the last keystroke before asking Nova (one list call per pause, not per key). */
export const NAME_CHECK_DELAY_MS = 400;

/**
 * How many servers of the project already carry `name`, or undefined while unknown (empty
 * name, waiting, the call failed). A warning only: Nova allows duplicate names. `recheck`
 * asks again for the same name (after a launch, the name is now taken).
 */
export function useNameInUse(cloud: string, name: string, recheck: unknown): number | undefined {
  const [found, setFound] = useState<{ name: string; count: number } | undefined>();
  const wanted = name.trim();

  useEffect(() => {
    if (!wanted) return;
    let stale = false;
    const timer = setTimeout(() => {
      void api.invoke('servers.list', { cloud, name: exactNamePattern(wanted), maxItems: 10 }).then((r) => {
        // the regex semantics are the database's: compare the names here too
        if (!stale && r.ok) setFound({ name: wanted, count: r.value.filter((s) => s.name === wanted).length });
      });
    }, NAME_CHECK_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [cloud, wanted, recheck]);

  return found && found.name === wanted ? found.count : undefined;
}
