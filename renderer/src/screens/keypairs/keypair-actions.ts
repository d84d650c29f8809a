import type { Keypair } from '../../../../shared/domain/keypair.js';
import { deleteAction, type ActionTable } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';

/** What can be done to a key pair: the row menu, the drawer and the batch bar come from this. */
export const KEYPAIR_ACTIONS: ActionTable<Keypair> = {
  namespace: 'keypairs',
  actions: [
    {
      id: 'copyPublicKey',
      group: 'use',
      perform: (k) => navigator.clipboard.writeText(k.publicKey),
      guards: [{ reason: 'noPublicKey', blocks: (k) => !k.publicKey }],
    },
    deleteAction(request('keypairs.delete', (k: Keypair, cloud: string) => ({ cloud, name: k.name }))),
  ],
};
