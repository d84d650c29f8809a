import type { ApplicationCredential } from '../../../../shared/domain/application-credential.js';
import { deleteAction, type ActionTable } from '../../kit/action-table.js';
import { request } from '../../kit/request.js';

/** What can be done to an application credential: the row menu, the drawer and the batch bar come from this. */
export const APP_CREDENTIAL_ACTIONS: ActionTable<ApplicationCredential> = {
  namespace: 'appCredentials',
  actions: [deleteAction(request('applicationCredentials.delete', (c: ApplicationCredential, cloud: string) => ({ cloud, id: c.id })))],
};
