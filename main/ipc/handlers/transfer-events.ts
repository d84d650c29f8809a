import type { ImageTransferProgress } from '../../../shared/domain/image.js';
import { isOpenStackError } from '../../openstack/errors.js';
import type { TransferProgress } from '../../openstack/image/transfer-meter.js';
import type { EventBus } from '../../events.js';

type Phase = ImageTransferProgress['phase'];

/**
 * Reports one transfer as `images.transfer` events: progress while bytes move, then how it
 * ended, so the screen and the notification follow it without polling.
 */
export function transferEvents(events: EventBus, cloud: string, transferId: string, direction: ImageTransferProgress['direction'], imageId?: string) {
  let last: TransferProgress = { bytes: 0, totalBytes: undefined, bytesPerSecond: 0, etaSeconds: undefined };
  const emit = (phase: Phase) => events.emit('images.transfer', { cloud, transferId, direction, imageId, phase, ...last });
  return {
    onCreated: (id: string) => {
      imageId = id;
      emit('sending');
    },
    /** the record exists and Glance fetches the data itself: no byte count to report */
    onImporting: (id: string) => {
      imageId = id;
      emit('importing');
    },
    onProgress: (p: TransferProgress) => {
      last = p;
      emit(p.totalBytes !== undefined && p.bytes >= p.totalBytes ? 'verifying' : 'sending');
    },
    /** runs `work` and says how it ended */
    async track<T>(work: Promise<T>): Promise<T> {
      try {
        const out = await work;
        emit('done');
        return out;
      } catch (e) {
        emit(isOpenStackError(e) && e.kind === 'cancelled' ? 'cancelled' : 'failed');
        throw e;
      }
    },
  };
}
