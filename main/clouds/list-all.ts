import type { CloudServers } from '../../shared/domain/server-changes.js';
import type { CloudLists } from './cloud-lists.js';
import { toSerializedError } from '../openstack/serialize-error.js';

/**
 * Every cloud in parallel. A cloud that has not answered within `timeoutMs` is reported with
 * a timeout and its cached list; its request keeps going and refreshes the cache (and its
 * watcher's events reach the renderer), so one slow cloud never holds up the view.
 */
export async function listAllServers(lists: CloudLists, clouds: string[], timeoutMs = 8000): Promise<CloudServers[]> {
  return Promise.all(
    clouds.map(async (cloud): Promise<CloudServers> => {
      const cachedList = lists.cached(cloud, 'servers');
      const cached = cachedList ? { cached: { servers: cachedList.items, fetchedAt: cachedList.fetchedAt } } : {};
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const fresh = lists.refresh(cloud, 'servers');
      fresh.catch(() => undefined);
      try {
        const r = await Promise.race([fresh, timeout]);
        if (r === 'timeout') {
          return { cloud, ok: false, error: { kind: 'timeout', message: `${cloud} did not answer within ${timeoutMs} ms` }, ...cached };
        }
        return { cloud, ok: true, servers: r.items, fetchedAt: r.fetchedAt };
      } catch (e) {
        return { cloud, ok: false, error: toSerializedError(e), ...cached };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}
