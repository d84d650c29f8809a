import { useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { bytes, matches, mb, ROW_LIMIT } from '../format.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { bootable, isSnapshot } from '../pickers.js';
import { ChoiceRow, PickerTable } from '../PickerTable.js';

/** The Glance images (or instance snapshots) a server can boot from. */
export function ImageSource() {
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

  return (
    <div className="kit-stack launch-stack">
      <input type="search" aria-label={t('source.filter')} placeholder={t('source.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
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
