import { useEffect, useMemo, useRef, useState } from 'react';
import type { ProfileView } from '../../../../shared/schemas/profile.js';
import { api } from '../../lib/api.js';
import { serverScope } from './cross-cloud.js';

/** What decides a profile's endpoint and project: after an edit to any of these, ask again. */
const signature = (p: ProfileView) => JSON.stringify([p.id, p.auth, p.region, p.interface]);

/** A cloud's list as far as this hook cares: when the cloud last answered. */
type Answered = Readonly<Record<string, { fetchedAt: string | undefined } | undefined>>;

/**
 * Each profile's server scope (cross-cloud.ts), asked of main once the cloud has answered a
 * list: its client is then logged in, and main answers from memory. A failed question is
 * asked again after the cloud's next answer; until then the profile's rows stay unmerged.
 */
export function useServerScopes(profiles: readonly ProfileView[], lists: Answered): (cloud: string) => string | undefined {
  const [scopes, setScopes] = useState<ReadonlyMap<string, string>>(new Map());
  /** signature → the list time it was last asked after, so each answer asks once */
  const asked = useRef(new Map<string, string>());

  useEffect(() => {
    for (const p of profiles) {
      const sig = signature(p);
      const at = lists[p.id]?.fetchedAt;
      if (!at || scopes.has(sig) || asked.current.get(sig) === at) continue;
      asked.current.set(sig, at);
      void api.invoke('clouds.computeVersion', { cloud: p.id }).then((r) => {
        const scope = r.ok ? serverScope(r.value) : undefined;
        if (scope !== undefined) setScopes((m) => new Map(m).set(sig, scope));
      });
    }
  }, [profiles, lists, scopes]);

  return useMemo(() => {
    const byCloud = new Map(profiles.map((p) => [p.id, scopes.get(signature(p))]));
    return (cloud: string) => byCloud.get(cloud);
  }, [profiles, scopes]);
}
