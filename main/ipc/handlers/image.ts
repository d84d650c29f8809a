import type { imageOps } from '../../../shared/ipc/contract/image.js';
import type { AppContext, HandlersFor } from './types.js';

export function imageHandlers(_ctx: AppContext): HandlersFor<typeof imageOps> {
  return {};
}
