import type { Image } from '../../../../shared/domain/image.js';
import { navigate } from '../../lib/routes.js';
import { useLaunch } from '../launch/launch-store.js';
import { isSnapshot } from '../launch/pickers.js';

/** Opens the launch wizard on its source step with this image (or snapshot) chosen. */
export function launchFromImage(cloud: string, image: Image): void {
  const launch = useLaunch.getState();
  launch.saveDraft(cloud, { ...launch.draftFor(cloud), sourceKind: isSnapshot(image) ? 'snapshot' : 'image', imageRef: image.id });
  launch.setStep(cloud, 'source');
  navigate('launch');
}
