import { useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft, SourceKind } from '../draft.js';
import { bytes, matches, mb, ROW_LIMIT } from '../format.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { bootable, isSnapshot } from '../pickers.js';
import { ChoiceRow, PickerTable } from '../PickerTable.js';
import { StepGate } from '../StepGate.js';

/** Image or instance snapshot: both are Glance images; Nova marks snapshots with image_type=snapshot. */
export function SourceStep() {
  return (
    <StepGate needs={['images']}>
      <SourceTable />
    </StepGate>
  );
}

function SourceTable() {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const kind = useWatch({ control, name: 'sourceKind' });
  const selected = useWatch({ control, name: 'imageRef' });
  const [filter, setFilter] = useState('');
  const all = useMemo(() => bootable(lookups.images?.data ?? []), [lookups.images?.data]);
  const ofKind = all.filter((i) => (kind === 'snapshot') === isSnapshot(i));
  const shown = ofKind.filter((i) => matches(filter, i.name, i.id, i.properties.os_distro));

  const choose = (id: string) => setValue('imageRef', id, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
  const setKind = (k: SourceKind) => setValue('sourceKind', k, { shouldDirty: true });

  return (
    <div className="kit-stack launch-stack">
      <div className="kit-row">
        <div role="radiogroup" aria-label={t('source.bootFrom')} className="segmented">
          {(['image', 'snapshot'] as const).map((k) => (
            <label key={k} className={kind === k ? 'on' : ''}>
              <input type="radio" name="sourceKind" checked={kind === k} onChange={() => setKind(k)} />
              {t(`source.kind.${k}`)} ({all.filter((i) => (k === 'snapshot') === isSnapshot(i)).length})
            </label>
          ))}
        </div>
        <input type="search" aria-label={t('source.filter')} placeholder={t('source.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <FieldError path="imageRef" />
      {ofKind.length === 0 ? (
        <p className="muted">{t(kind === 'snapshot' ? 'source.noSnapshots' : 'source.noImages')}</p>
      ) : (
        <PickerTable
          label={t(`source.kind.${kind}`)}
          choosing
          headings={[t('table.name'), t('source.size'), t('source.minDisk'), t('source.minRam'), t('source.format'), t('source.visibility')]}
          footer={shown.length > ROW_LIMIT && <p className="muted small">{t('table.more', { n: shown.length - ROW_LIMIT })}</p>}
        >
          {shown.slice(0, ROW_LIMIT).map((i) => (
            <ChoiceRow key={i.id} type="radio" group="imageRef" label={i.name ?? i.id} checked={selected === i.id} onChange={() => choose(i.id)}>
              <td>
                {i.name ?? <span className="mono">{i.id}</span>}
                {i.properties.os_distro && <span className="muted small"> · {i.properties.os_distro}</span>}
              </td>
              <td>{bytes(i.sizeBytes)}</td>
              <td>{i.minDiskGb ? `${i.minDiskGb} GB` : '—'}</td>
              <td>{i.minRamMb ? mb(i.minRamMb) : '—'}</td>
              <td>{[i.diskFormat, i.containerFormat].filter(Boolean).join(' / ')}</td>
              <td>{t(`source.vis.${i.visibility}`, { defaultValue: i.visibility })}</td>
            </ChoiceRow>
          ))}
        </PickerTable>
      )}
    </div>
  );
}
