import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { neededVersion } from '../../../../../shared/microversion.js';
import type { LaunchDraft } from '../draft.js';
import { FieldError, useFeature, useFieldProps, useLaunchUi } from '../launch-context.js';

type TypePath = 'rootVolumeType' | `dataVolumes.${number}.volumeType`;

/**
 * A volume type: '' is the cloud's default type, shown by its name and preselected, and left out
 * of the request (Cinder then picks it). Nova takes a type in the block device from 2.67 on.
 */
export function VolumeTypeSelect({ path, label }: { path: TypePath; label?: string }) {
  const { t } = useTranslation('launch');
  const { register } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const supported = useFeature('server.bdm.volumeType');
  const props = useFieldProps(path, supported ? undefined : `${path}-version`);
  const def = lookups.volumeTypeDefault?.data?.name;
  const others = (lookups.volumeTypes?.data ?? []).filter((ty) => ty.name !== def);
  return (
    <>
      <select {...props} {...(label ? { 'aria-label': label } : {})} {...register(path)} disabled={!supported}>
        <option value="">{def ? t('source.defaultTypeNamed', { name: def }) : t('source.defaultType')}</option>
        {others.map((ty) => (
          <option key={ty.id} value={ty.name}>
            {ty.name}
          </option>
        ))}
      </select>
      {!supported && (
        <div id={`${path}-version`} className="muted small">
          {t('needsVersion', { version: neededVersion('server.bdm.volumeType', 'symbols') })}
        </div>
      )}
      <FieldError path={path} />
    </>
  );
}
