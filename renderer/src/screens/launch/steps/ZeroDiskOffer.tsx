import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { useLaunchUi } from '../launch-context.js';

/**
 * Nova refuses an image boot on a zero-disk flavor; where the cloud has Cinder, one click turns
 * the draft into a boot from a new volume made from that image, with this flavor chosen.
 */
export function ZeroDiskOffer({ flavorId, flavorName }: { flavorId: string; flavorName: string }) {
  const { t } = useTranslation('launch');
  const { setValue } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  if (!lookups.version?.data?.blockStorage) return null;
  const opts = { shouldDirty: true, shouldTouch: true, shouldValidate: true } as const;
  return (
    <button
      type="button"
      className="button small"
      aria-label={t('flavor.bootFromNewVolumeWith', { flavor: flavorName })}
      onClick={(e) => {
        e.stopPropagation();
        setValue('newVolume', true, opts);
        setValue('flavorRef', flavorId, opts);
      }}
    >
      {t('flavor.bootFromNewVolume')}
    </button>
  );
}
