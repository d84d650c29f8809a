import type { Flavor } from '../../../../shared/domain/flavor.js';
import type { Image } from '../../../../shared/domain/image.js';
import { flavorReasons, type ComputeUsage, type FlavorReason } from '../launch/fit.js';

type Size = Pick<Flavor, 'vcpus' | 'ramMb' | 'diskGb'>;

/**
 * Why a server cannot move to flavor `to`, by the launch flavor step's rules, so the resize
 * dialog says so before Nova fails the resize late (the server back on its old flavor, with
 * only an event to tell). Quota: Nova checks a resize against what the new flavor adds over
 * the current one (its upsize delta), so only the increase is charged. Image: its minimums
 * and the zero-disk rule apply as at launch; a server booted from a volume has no image to
 * check (`image` undefined).
 */
export function resizeReasons(to: Size, from: Partial<Size>, ctx: { image?: Pick<Image, 'minDiskGb' | 'minRamMb' | 'sizeBytes' | 'virtualSizeBytes'> | undefined; usage?: ComputeUsage | undefined }): FlavorReason[] {
  const growth = { vcpus: Math.max(0, to.vcpus - (from.vcpus ?? 0)), ramMb: Math.max(0, to.ramMb - (from.ramMb ?? 0)), diskGb: to.diskGb };
  return [...flavorReasons(growth, { usage: ctx.usage, count: 1 }), ...flavorReasons(to, { image: ctx.image, count: 1 })];
}
