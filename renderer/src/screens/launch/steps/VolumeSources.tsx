import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { matches, ROW_LIMIT } from '../format.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { ChoiceRow, NameCell, PickerTable } from '../PickerTable.js';

const opts = { shouldDirty: true, shouldTouch: true, shouldValidate: true } as const;

/** The project's available bootable volumes: the server boots from the volume itself. */
export function VolumeSource() {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const selected = useWatch({ control, name: 'volumeId' });
  const [filter, setFilter] = useState('');
  const all = lookups.volumes?.data ?? [];
  const shown = all.filter((v) => matches(filter, v.name, v.id, v.imageMetadata.image_name));

  return (
    <div className="kit-stack launch-stack">
      <input type="search" aria-label={t('source.filterVolumes')} placeholder={t('source.filterVolumes')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <FieldError path="volumeId" />
      {all.length === 0 ? (
        <p className="muted">{t('source.noVolumes')}</p>
      ) : (
        <PickerTable
          label={t('source.kind.volume')}
          choosing
          headings={[t('table.name'), t('source.size'), t('source.volumeType'), t('source.fromImage')]}
          footer={shown.length > ROW_LIMIT && <p className="muted small">{t('table.more', { n: shown.length - ROW_LIMIT })}</p>}
        >
          {shown.slice(0, ROW_LIMIT).map((v) => (
            <ChoiceRow key={v.id} type="radio" group="volumeId" label={v.name || v.id} checked={selected === v.id} onChange={() => setValue('volumeId', v.id, opts)}>
              <NameCell>{v.name || <span className="mono">{v.id}</span>}</NameCell>
              <td>{t('source.gib', { n: v.sizeGb })}</td>
              <td>{v.volumeType ?? '—'}</td>
              <td>{v.imageMetadata.image_name ?? '—'}</td>
            </ChoiceRow>
          ))}
        </PickerTable>
      )}
      <DeleteOnTermination field="volumeDeleteOnTermination" />
    </div>
  );
}

/** The project's available volume snapshots: Nova makes a new root volume from the chosen one. */
export function VolumeSnapshotSource() {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const selected = useWatch({ control, name: 'volumeSnapshotId' });
  const [filter, setFilter] = useState('');
  const all = lookups.volumeSnapshots?.data ?? [];
  const shown = all.filter((s) => matches(filter, s.name, s.id, s.volumeId));

  return (
    <div className="kit-stack launch-stack">
      <input type="search" aria-label={t('source.filterSnapshots')} placeholder={t('source.filterSnapshots')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <FieldError path="volumeSnapshotId" />
      {all.length === 0 ? (
        <p className="muted">{t('source.noVolumeSnapshots')}</p>
      ) : (
        <PickerTable
          label={t('source.kind.volumeSnapshot')}
          choosing
          headings={[t('table.name'), t('source.size'), t('source.ofVolume')]}
          footer={shown.length > ROW_LIMIT && <p className="muted small">{t('table.more', { n: shown.length - ROW_LIMIT })}</p>}
        >
          {shown.slice(0, ROW_LIMIT).map((s) => (
            <ChoiceRow
              key={s.id}
              type="radio"
              group="volumeSnapshotId"
              label={s.name || s.id}
              checked={selected === s.id}
              onChange={() => setValue('volumeSnapshotId', s.id, opts)}
            >
              <NameCell>{s.name || <span className="mono">{s.id}</span>}</NameCell>
              <td>{t('source.gib', { n: s.sizeGb })}</td>
              <td className="mono small">{s.volumeId}</td>
            </ChoiceRow>
          ))}
        </PickerTable>
      )}
    </div>
  );
}

/** "Delete the volume with the server": Nova's delete_on_termination of the root device. */
export function DeleteOnTermination({ field }: { field: 'volumeDeleteOnTermination' | 'rootDeleteOnTermination' }) {
  const { t } = useTranslation('launch');
  const { register } = useFormContext<LaunchDraft>();
  return (
    <label className="check">
      <input type="checkbox" {...register(field)} />
      {t(`source.${field}`)}
    </label>
  );
}
