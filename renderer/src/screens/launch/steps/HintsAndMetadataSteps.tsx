import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { limitText } from '../format.js';
import { KeyValueEditor } from '../KeyValueEditor.js';
import { useLaunchUi } from '../launch-context.js';

/** Free-form scheduler hints: sent as `os:scheduler_hints` beside `server`. */
export function SchedulerHintsStep() {
  const { t } = useTranslation('launch');
  const { control } = useFormContext<LaunchDraft>();
  const group = useWatch({ control, name: 'serverGroup' });
  return (
    <div className="kit-stack launch-stack">
      <p className="muted small">{t('hints.help')}</p>
      {group && <p className="banner info small">{t('hints.groupNote')}</p>}
      <KeyValueEditor name="schedulerHints" noun={t('hints.noun')} />
    </div>
  );
}

/** Server metadata: string pairs of at most 255 characters, as many as `maxServerMeta` allows. */
export function MetadataStep() {
  const { t } = useTranslation('launch');
  const { control } = useFormContext<LaunchDraft>();
  const { usage } = useLaunchUi();
  const rows = useWatch({ control, name: 'metadata' });
  const max = usage?.serverMetadataItems?.max;
  return (
    <div className="kit-stack launch-stack">
      <p className="muted small">
        {t('metadata.help')}
        {max !== undefined && ` ${t('metadata.limit', { n: rows.filter((r) => r.key.trim()).length, max: limitText(max) })}`}
      </p>
      <KeyValueEditor name="metadata" noun={t('metadata.noun')} />
    </div>
  );
}
