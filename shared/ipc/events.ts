import type { ServerChanges } from '../domain/server-changes.js';
import type { LogEntry } from '../log.js';
import type { CloudStatus } from '../domain/cloud-status.js';
import type { ImageTransferProgress } from '../domain/image.js';
import type { ListPage } from '../domain/cached-list.js';

/** Events main → renderer (DESIGN.md decision 1). Payload types per event. */
export interface Events {
  'log.entry': LogEntry;
  'clouds.status': CloudStatus;
  'profiles.changed': { id: string; kind: string };
  'servers.changed': ServerChanges;
  /** an image upload or download, by the transfer id its channel was given */
  'images.transfer': ImageTransferProgress & { cloud: string };
  /** a page of a list `clouds.refreshList` is still fetching, so the first rows show before the last page lands */
  'lists.page': ListPage;
}

export type EventName = keyof Events;
export const EVENTS: EventName[] = ['log.entry', 'clouds.status', 'profiles.changed', 'servers.changed', 'images.transfer', 'lists.page'];
