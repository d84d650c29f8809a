import type { imageOps } from '../../../shared/ipc/contract/image.js';
import type { CloudRegistry } from '../../clouds/registry.js';
import { done } from './done.js';
import { transferEvents } from './transfer-events.js';
import type { AppContext, HandlersFor } from './types.js';

export function imageHandlers({ registry, events, files, transfers }: AppContext): HandlersFor<typeof imageOps> {
  // looked up per call: building the map touches nothing (tests enumerate it with stub contexts)
  const use: CloudRegistry['use'] = (cloud, work) => registry.use(cloud, work);
  return {
    'images.list': ({ cloud, ...opts }) => use(cloud, (c) => c.images.list(opts)),
    'images.get': ({ cloud, id }) => use(cloud, (c) => c.images.get(id)),
    'images.namesByIds': ({ cloud, ids }) => use(cloud, (c) => c.images.namesByIds(ids)),
    'images.update': ({ cloud, id, changes }) => use(cloud, (c) => c.images.update(id, changes)),
    'images.delete': ({ cloud, id }) => done(use(cloud, (c) => c.images.delete(id))),
    'images.importMethods': ({ cloud }) => use(cloud, (c) => c.images.importMethods()),
    'images.upload': async ({ cloud, transfer, file, image, method }) => {
      const path = files.picked.take(file, 'read');
      const report = transferEvents(events, cloud, transfer, 'upload');
      return transfers.run(transfer, (signal) =>
        report.track(use(cloud, (c) => c.images.upload(image, path, { signal, onCreated: report.onCreated, onProgress: report.onProgress, ...(method ? { method } : {}) }))),
      );
    },
    'images.importFromUrl': async ({ cloud, transfer, image, url }) => {
      const report = transferEvents(events, cloud, transfer, 'upload');
      return transfers.run(transfer, (signal) =>
        report.track(use(cloud, (c) => c.images.importFromUrl(image, url, { signal, onCreated: report.onImporting }))),
      );
    },
    'images.download': async ({ cloud, id, transfer, file }) => {
      const path = files.picked.take(file, 'write');
      const report = transferEvents(events, cloud, transfer, 'download', id);
      return transfers.run(transfer, (signal) => report.track(use(cloud, (c) => c.images.download(id, path, { signal, onProgress: report.onProgress }))));
    },
    'images.listMembers': ({ cloud, id }) => use(cloud, (c) => c.images.listMembers(id)),
    'images.addMember': ({ cloud, id, projectId }) => use(cloud, (c) => c.images.addMember(id, projectId)),
    'images.updateMember': ({ cloud, id, projectId, status }) => use(cloud, (c) => c.images.updateMember(id, projectId, status)),
    'images.removeMember': ({ cloud, id, projectId }) => done(use(cloud, (c) => c.images.removeMember(id, projectId))),
  };
}
