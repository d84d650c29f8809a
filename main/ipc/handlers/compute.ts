import type { computeOps } from '../../../shared/ipc/contract/compute.js';
import type { AppContext, HandlersFor } from './types.js';

export function computeHandlers({ registry }: AppContext): HandlersFor<typeof computeOps> {
  return {
    'flavors.list': ({ cloud }) => registry.use(cloud, (c) => c.flavors.list()),
  };
}
