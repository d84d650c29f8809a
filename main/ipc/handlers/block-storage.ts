import type { blockStorageOps } from '../../../shared/ipc/contract/block-storage.js';
import type { CloudRegistry } from '../../clouds/registry.js';
import { done } from './done.js';
import type { AppContext, HandlersFor } from './types.js';

export function blockStorageHandlers({ registry }: AppContext): HandlersFor<typeof blockStorageOps> {
  // looked up per call: building the map touches nothing (tests enumerate it with stub contexts)
  const use: CloudRegistry['use'] = (cloud, work) => registry.use(cloud, work);
  return {
    'volumes.list': ({ cloud, ...opts }) => use(cloud, (c) => c.volumes.list(opts)),
    'volumes.get': ({ cloud, id }) => use(cloud, (c) => c.volumes.get(id)),
    'volumes.create': ({ cloud, volume }) => use(cloud, (c) => c.volumes.create(volume)),
    'volumes.update': ({ cloud, id, changes }) => use(cloud, (c) => c.volumes.update(id, changes)),
    'volumes.delete': ({ cloud, id }) => done(use(cloud, (c) => c.volumes.delete(id))),
    'volumes.extend': ({ cloud, id, sizeGb }) => done(use(cloud, (c) => c.volumes.extend(id, sizeGb))),
    'volumes.setBootable': ({ cloud, id, bootable }) => done(use(cloud, (c) => c.volumes.setBootable(id, bootable))),
    'volumes.setImageMetadata': ({ cloud, id, metadata }) => done(use(cloud, (c) => c.volumes.setImageMetadata(id, metadata))),
    'volumes.unsetImageMetadata': ({ cloud, id, key }) => done(use(cloud, (c) => c.volumes.unsetImageMetadata(id, key))),

    'volumeSnapshots.list': ({ cloud, ...opts }) => use(cloud, (c) => c.volumeSnapshots.list(opts)),
    'volumeSnapshots.get': ({ cloud, id }) => use(cloud, (c) => c.volumeSnapshots.get(id)),
    'volumeSnapshots.create': ({ cloud, snapshot }) => use(cloud, (c) => c.volumeSnapshots.create(snapshot)),
    'volumeSnapshots.delete': ({ cloud, id }) => done(use(cloud, (c) => c.volumeSnapshots.delete(id))),

    'volumeTypes.list': ({ cloud }) => use(cloud, (c) => c.volumeTypes.list()),
    'volumeTypes.default': ({ cloud }) => use(cloud, (c) => c.volumeTypes.default()),

    'volumeQuotas.usage': ({ cloud, projectId }) => use(cloud, (c) => c.volumeQuotas.usage(projectId ? { projectId } : {})),
  };
}
