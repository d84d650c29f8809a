import type { Image } from '../../../../shared/domain/image.js';
import { deleteAction, type ActionTable, type Guard } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';
import { downloadImage } from './download.js';
import { launchFromImage } from './launch-from-image.js';

const notActive: Guard<Image> = { reason: 'notActive', blocks: (i) => i.status !== 'active', values: (i) => ({ status: i.status }) };
const isProtected: Guard<Image> = { reason: 'protected', blocks: (i) => i.protected };

/** What can be done to an image: the row menu, the drawer and the batch bar come from this. */
export const IMAGE_ACTIONS: ActionTable<Image> = {
  namespace: 'images',
  actions: [
    { id: 'launch', group: 'use', perform: (i, cloud) => launchFromImage(cloud, i), guards: [notActive] },
    { id: 'download', group: 'use', perform: (i, cloud) => void downloadImage(cloud, i), guards: [notActive] },
    { id: 'edit', group: 'edit', dialog: 'edit' },
    { id: 'share', group: 'edit', dialog: 'share' },
    {
      id: 'accept',
      group: 'member',
      request: request('images.updateMember', (i: Image, cloud: string) => ({ cloud, id: i.id, status: 'accepted' })),
      guards: [{ reason: 'notShared', blocks: (i) => i.visibility !== 'shared', hidesInDrawer: true }],
    },
    {
      id: 'reject',
      group: 'member',
      request: request('images.updateMember', (i: Image, cloud: string) => ({ cloud, id: i.id, status: 'rejected' })),
      guards: [{ reason: 'notShared', blocks: (i) => i.visibility !== 'shared', hidesInDrawer: true }],
    },
    deleteAction(request('images.delete', (i: Image, cloud: string) => ({ cloud, id: i.id })), [isProtected]),
  ],
};
