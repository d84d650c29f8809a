import type { ApplicationCredential } from '../../../../shared/domain/application-credential.js';
import { createListStore } from '../../kit/list-store.js';
import { request } from '../../kit/request.js';

/** The token user's application credentials, per cloud. */
export const useAppCredentials = createListStore<ApplicationCredential>({
  list: request('applicationCredentials.list', (cloud: string) => ({ cloud })),
  idOf: (c) => c.id,
});
