import type { Keypair } from '../../../../shared/domain/keypair.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

/**
 * The key pair lists, per cloud. Nova's list leaves out the creation time and owner, which
 * only a single key pair's GET has: the first rows are re-read after each load.
 */
export const useKeypairs = createListStore<Keypair>({
  list: request('keypairs.list', (cloud: string) => ({ cloud })),
  get: request('keypairs.get', (cloud: string, name: string) => ({ cloud, name })),
  cachedKind: 'keypairs',
  idOf: (k) => k.name,
  completeUpTo: 40,
});
