import type { Handlers } from '../router.js';
import { appHandlers } from './app.js';
import { blockStorageHandlers } from './block-storage.js';
import { cloudsHandlers } from './clouds.js';
import { computeHandlers } from './compute.js';
import { filesHandlers } from './files.js';
import { identityHandlers } from './identity.js';
import { imageHandlers } from './image.js';
import { networkHandlers } from './network.js';
import type { AppContext } from './types.js';

/** Typed as the full Handlers map: a contract entry without a handler does not compile. */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...blockStorageHandlers(ctx),
    ...cloudsHandlers(ctx),
    ...computeHandlers(ctx),
    ...filesHandlers(ctx),
    ...identityHandlers(ctx),
    ...imageHandlers(ctx),
    ...networkHandlers(ctx),
  };
}
