import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { makesRootVolume } from '../boot-volume.js';
import type { LaunchDraft } from '../draft.js';
import { FieldError, fieldId, useFieldProps, useRootMinGb } from '../launch-context.js';
import { DeleteOnTermination } from './VolumeSources.js';
import { VolumeTypeSelect } from './VolumeTypeSelect.js';

/**
 * The new root volume: for an image or instance snapshot a "create a new volume" switch, then
 * (also for a volume snapshot) its size, type and whether it goes with the server.
 */
export function RootVolumeFields() {
  const { t } = useTranslation('launch');
  const { register, setValue, control } = useFormContext<LaunchDraft>();
  const draft = useWatch({ control }) as LaunchDraft;
  const glance = draft.sourceKind === 'image' || draft.sourceKind === 'snapshot';
  const min = useRootMinGb(draft);
  const sizeProps = useFieldProps('rootSizeGb', 'root-size-hint');
  if (draft.sourceKind === 'volume') return null;

  return (
    <fieldset className="kit-stack launch-stack launch-fieldset">
      <legend>{t('source.rootVolume')}</legend>
      {glance && (
        <label className="check">
          <input type="checkbox" {...register('newVolume')} />
          {t('source.newVolume')}
        </label>
      )}
      {makesRootVolume(draft) && (
        <div className="launch-grid">
          <label htmlFor={fieldId('rootSizeGb')}>{t('field.rootSizeGb')}</label>
          <div>
            <input
              type="number"
              min={min ?? 1}
              step={1}
              {...sizeProps}
              value={draft.rootSizeGb !== 0 ? draft.rootSizeGb : (min ?? '')}
              onChange={(e) => {
                const n = e.target.valueAsNumber;
                // emptied: back to the smallest that fits
                setValue('rootSizeGb', e.target.value === '' ? 0 : n, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
              }}
            />
            <div id="root-size-hint" className="muted small">
              {min !== undefined ? t('source.rootSizeHint', { min }) : t('source.rootSizeUnknown')}
            </div>
            <FieldError path="rootSizeGb" />
          </div>
          <label htmlFor={fieldId('rootVolumeType')}>{t('field.rootVolumeType')}</label>
          <div>
            <VolumeTypeSelect path="rootVolumeType" />
          </div>
          <span />
          <DeleteOnTermination field="rootDeleteOnTermination" />
        </div>
      )}
    </fieldset>
  );
}
