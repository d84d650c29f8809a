import type { cloudsOps } from '../../../shared/ipc/contract/clouds.js';
import { cloudScopes } from '../../clouds/cloud-scopes.js';
import { listAllServers } from '../../clouds/list-all.js';
import { canonicalEndpoint } from '../../openstack/compute/compute-client.js';
import type { CloudClient } from '../../openstack/cloud-client.js';
import { isOpenStackError } from '../../openstack/errors.js';
import type { AppContext, HandlersFor } from './types.js';

/** Only a missing endpoint means "no Cinder": any other failure is the caller's to see. */
const hasBlockStorage = (c: CloudClient): Promise<boolean> =>
  c.blockStorage.endpoint().then(
    () => true,
    (e: unknown) => {
      if (isOpenStackError(e) && e.kind === 'endpoint_not_found') return false;
      throw e;
    },
  );

export function cloudsHandlers({ profiles, registry, lists, lastCloud, watchers }: AppContext): HandlersFor<typeof cloudsOps> {
  return {
    'servers.listAll': async ({ clouds, timeoutMs }) =>
      listAllServers(lists, clouds ?? (await profiles.list()).map((p) => p.id), timeoutMs),
    'servers.watch': async ({ cloud, watch }) => {
      if (watch) await watchers.watch(cloud).poke();
      else watchers.unwatch(cloud);
      return null;
    },
    'clouds.cachedList': async ({ cloud, kind }) => lists.cached(cloud, kind) ?? null,
    // its pages go to the windows as they land (lists.page, from app.ts)
    'clouds.refreshList': ({ cloud, kind }) => {
      // a window's servers list: the next start asks for this one first (app.warmUp)
      if (kind === 'servers') void lastCloud.set(cloud);
      return lists.refresh(cloud, kind);
    },
    'clouds.computeVersion': ({ cloud }) =>
      registry.use(cloud, async (c) => {
        const [{ min, max, negotiated }, token, endpoint, blockStorage] = await Promise.all([
          c.compute.negotiate(),
          c.session.token(),
          c.compute.endpoint(),
          hasBlockStorage(c),
        ]);
        return { min, max, negotiated, endpoint: canonicalEndpoint(endpoint), blockStorage, ...(token.project ? { projectId: token.project.id } : {}) };
      }),
    'clouds.scopes': ({ cloud }) => registry.use(cloud, (c) => cloudScopes(cloud, c)),
  };
}
