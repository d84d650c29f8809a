import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft, SourceKind } from '../draft.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { bootable, isSnapshot } from '../pickers.js';
import { StepGate } from '../StepGate.js';
import { DataVolumes } from './DataVolumes.js';
import { ImageSource } from './ImageSource.js';
import { RootVolumeFields } from './RootVolumeFields.js';
import { VolumeSnapshotSource, VolumeSource } from './VolumeSources.js';

const GLANCE_KINDS: SourceKind[] = ['image', 'snapshot'];
const CINDER_KINDS: SourceKind[] = ['volume', 'volumeSnapshot'];

/**
 * Boot source, as Horizon's and Skyline's launch dialogs offer it: an image or instance snapshot
 * (both Glance images; Nova marks snapshots with image_type=snapshot), optionally copied to a
 * new volume; a bootable volume; a volume snapshot. Cinder's choices appear only where the
 * catalog has block storage, and extra blank volumes come last.
 */
export function SourceStep() {
  const { t } = useTranslation('launch');
  const { control } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const kind = useWatch({ control, name: 'sourceKind' });
  const blockStorage = lookups.version?.data?.blockStorage;
  const kinds = blockStorage ? [...GLANCE_KINDS, ...CINDER_KINDS] : GLANCE_KINDS;

  return (
    <div className="kit-stack launch-stack">
      <KindSwitch kinds={kinds} />
      {blockStorage === false && <p className="muted small">{t('source.noBlockStorage')}</p>}
      <FieldError path="sourceKind" />
      {kind === 'volume' || kind === 'volumeSnapshot' ? (
        <StepGate needs={[kind === 'volume' ? 'volumes' : 'volumeSnapshots']}>
          {kind === 'volume' ? <VolumeSource /> : <VolumeSnapshotSource />}
        </StepGate>
      ) : (
        <StepGate needs={['images']}>
          <ImageSource />
        </StepGate>
      )}
      {blockStorage && <RootVolumeFields />}
      {blockStorage && <DataVolumes />}
    </div>
  );
}

function KindSwitch({ kinds }: { kinds: SourceKind[] }) {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const kind = useWatch({ control, name: 'sourceKind' });
  const images = bootable(lookups.images?.data ?? []);
  const counts: Record<SourceKind, number | undefined> = {
    image: lookups.images?.data && images.filter((i) => !isSnapshot(i)).length,
    snapshot: lookups.images?.data && images.filter(isSnapshot).length,
    volume: lookups.volumes?.data?.length,
    volumeSnapshot: lookups.volumeSnapshots?.data?.length,
  };
  return (
    <div role="radiogroup" aria-label={t('source.bootFrom')} className="segmented">
      {kinds.map((k) => (
        <label key={k} className={kind === k ? 'on' : ''}>
          <input type="radio" name="sourceKind" checked={kind === k} onChange={() => setValue('sourceKind', k, { shouldDirty: true, shouldValidate: true })} />
          {t(`source.kind.${k}`)}
          {counts[k] !== undefined && ` (${counts[k]})`}
        </label>
      ))}
    </div>
  );
}
