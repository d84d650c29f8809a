import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { countCap } from '../fit.js';
import { FieldError, fieldId, useFeature, useFieldProps, useLaunchUi } from '../launch-context.js';
import { TagsInput } from '../TagsInput.js';
import { errorText } from '../../../kit/error-text.js';

/** Name, description, count (capped by the instance quota), availability zone, hostname, tags. */
export function DetailsStep() {
  const { t } = useTranslation('launch');
  const { register, setValue, control } = useFormContext<LaunchDraft>();
  const { lookups, usage, reload, nameInUse } = useLaunchUi();
  const name = useWatch({ control, name: 'name' });
  const count = useWatch({ control, name: 'count' });
  const [cappedFrom, setCappedFrom] = useState<number | undefined>();
  const cap = countCap(usage);
  const hasDescription = useFeature('server.description');
  const hasTags = useFeature('server.tags');
  const hasHostname = useFeature('server.hostname');
  const zones = lookups.zones;
  const available = (zones?.data ?? []).filter((z) => z.available);

  const nameProps = useFieldProps('name');
  const descProps = useFieldProps('description');
  const countProps = useFieldProps('count', 'count-hint');
  const azProps = useFieldProps('availabilityZone', zones?.state === 'error' ? 'az-error' : undefined);
  const hostProps = useFieldProps('hostname', 'hostname-hint');

  const countField = register('count', {
    valueAsNumber: true,
    onChange: (e: { target: { valueAsNumber: number } }) => {
      const n = e.target.valueAsNumber;
      // A count above the quota is capped at once, and the reason stays in view.
      if (Number.isFinite(n) && n > cap) {
        setCappedFrom(n);
        setValue('count', cap, { shouldDirty: true, shouldValidate: true });
      } else {
        setCappedFrom(undefined);
      }
    },
  });

  return (
    <div className="launch-grid">
      <label htmlFor={fieldId('name')}>{t('field.name')} *</label>
      <div>
        <input type="text" autoComplete="off" {...nameProps} {...register('name')} aria-required="true" />
        <FieldError path="name" />
        {!!nameInUse && (
          <div className="banner warn small" role="status">
            {t('details.nameInUse', { count: nameInUse, name: name.trim() })}
          </div>
        )}
      </div>

      <label htmlFor={fieldId('description')}>{t('field.description')}</label>
      <div>
        <input type="text" {...descProps} {...register('description')} disabled={!hasDescription} />
        {!hasDescription && <div className="muted small">{t('needsVersion', { version: '2.19' })}</div>}
        <FieldError path="description" />
      </div>

      <label htmlFor={fieldId('count')}>{t('field.count')}</label>
      <div>
        <input type="number" min={1} max={Number.isFinite(cap) ? cap : undefined} step={1} className="narrow" {...countProps} {...countField} />
        <div id="count-hint" className="muted small">
          {usage
            ? usage.instances.max === null
              ? t('details.countUnlimited')
              : t('details.countCap', { cap, used: usage.instances.used, max: usage.instances.max })
            : lookups.limits?.state === 'error'
              ? t('details.countUnknown')
              : t('details.countLoading')}
          {typeof count === 'number' && count > 1 && name.trim() && (
            <> · {t('details.names', { first: `${name.trim()}-1`, last: `${name.trim()}-${count}` })}</>
          )}
        </div>
        {cappedFrom !== undefined && (
          <div role="status" className="banner warn small">
            {t('details.capped', { asked: cappedFrom, cap })}
          </div>
        )}
        <FieldError path="count" />
      </div>

      <label htmlFor={fieldId('availabilityZone')}>{t('field.availabilityZone')}</label>
      <div>
        <select {...azProps} {...register('availabilityZone')} disabled={zones?.state === 'error'}>
          <option value="">{t('details.anyZone')}</option>
          {available.map((z) => (
            <option key={z.name} value={z.name}>
              {z.name}
            </option>
          ))}
        </select>
        {zones?.state === 'error' && (
          <div id="az-error" className="field-error">
            {t('gate.failed', { what: t('lookup.zones') })} {errorText(t, zones.error)}{' '}
            <button type="button" className="button ghost" onClick={() => reload('zones')}>
              {t('gate.retry')}
            </button>
          </div>
        )}
      </div>

      <label htmlFor={fieldId('hostname')}>{t('field.hostname')}</label>
      <div>
        <input type="text" autoComplete="off" {...hostProps} {...register('hostname')} disabled={!hasHostname} />
        <div id="hostname-hint" className="muted small">
          {hasHostname ? t('details.hostnameHint') : t('needsVersion', { version: '2.90' })}
        </div>
        <FieldError path="hostname" />
      </div>

      <span id="tags-label">{t('field.tags')}</span>
      <div>
        {hasTags ? <TagsInput labelledBy="tags-label" /> : <div className="muted small">{t('needsVersion', { version: '2.52' })}</div>}
        <FieldError path="tags" />
      </div>
    </div>
  );
}
