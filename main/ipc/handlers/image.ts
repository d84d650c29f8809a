import type { imageOps } from '../../../shared/ipc/contract/image.js';
import type { CloudRegistry } from '../../clouds/registry.js';
import type { AppContext, HandlersFor } from './types.js';

export function imageHandlers({ registry }: AppContext): HandlersFor<typeof imageOps> {
  // looked up per call: building the map touches nothing (tests enumerate it with stub contexts)
  const use: CloudRegistry['use'] = (cloud, work) => registry.use(cloud, work);
  return {
    'images.list': ({ cloud, ...opts }) => use(cloud, (c) => c.images.list(opts)),
    'images.get': ({ cloud, id }) => use(cloud, (c) => c.images.get(id)),
    'images.namesByIds': ({ cloud, ids }) => use(cloud, (c) => c.images.namesByIds(ids)),
  };
}
