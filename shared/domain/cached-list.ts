import type { Flavor } from './flavor.js';
import type { Image } from './image.js';
import type { Keypair } from './keypair.js';
import type { Network } from './network.js';
import type { Server } from './server.js';

/** The lists kept on disk per cloud, shown at once when the user switches to it. */
export interface ListTypes {
  servers: Server;
  flavors: Flavor;
  images: Image;
  networks: Network;
  keypairs: Keypair;
}
export type ListKind = keyof ListTypes;
export const LIST_KINDS: ListKind[] = ['servers', 'flavors', 'images', 'networks', 'keypairs'];

export interface CachedList<T> {
  /** when the cloud gave this list (ISO 8601): shown beside it while the cloud is unreachable */
  fetchedAt: string;
  items: T[];
}

/**
 * A page of a list main is still fetching (event `lists.page`), sent only while another page
 * follows: the list's answer brings the whole list, last page included.
 */
export interface ListPage {
  cloud: string;
  kind: ListKind;
  items: Array<ListTypes[ListKind]>;
}
