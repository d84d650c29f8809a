import type { networkOps } from '../../../shared/ipc/contract/network.js';
import type { AppContext, HandlersFor } from './types.js';

export function networkHandlers(_ctx: AppContext): HandlersFor<typeof networkOps> {
  return {};
}
