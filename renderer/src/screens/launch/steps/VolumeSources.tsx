import { useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { matches, ROW_LIMIT } from '../format.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { ChoiceRow, NameCell, PickerTable } from '../PickerTable.js';

interface Row {
  id: string;
  name: string;
}

/** One table of Cinder things to boot from, filtered, choosing into a draft field. */
function CinderPicker<T extends Row>(p: {
  field: 'volumeId' | 'volumeSnapshotId';
  rows: T[];
  label: string;
  filterLabel: string;
  empty: string;
  headings: string[];
  texts(row: T): Array<string | undefined>;
  cells(row: T): ReactNode;
}) {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const selected = useWatch({ control, name: p.field });
  const [filter, setFilter] = useState('');
  const shown = p.rows.filter((r) => matches(filter, r.name, r.id, ...p.texts(r)));
  return (
    <>
      <input type="search" aria-label={p.filterLabel} placeholder={p.filterLabel} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <FieldError path={p.field} />
      {p.rows.length === 0 ? (
        <p className="muted">{p.empty}</p>
      ) : (
        <PickerTable
          label={p.label}
          choosing
          headings={[t('table.name'), ...p.headings]}
          footer={shown.length > ROW_LIMIT && <p className="muted small">{t('table.more', { n: shown.length - ROW_LIMIT })}</p>}
        >
          {shown.slice(0, ROW_LIMIT).map((r) => (
            <ChoiceRow
              key={r.id}
              type="radio"
              group={p.field}
              label={r.name || r.id}
              checked={selected === r.id}
              onChange={() => setValue(p.field, r.id, { shouldDirty: true, shouldTouch: true, shouldValidate: true })}
            >
              <NameCell>{r.name || <span className="mono">{r.id}</span>}</NameCell>
              {p.cells(r)}
            </ChoiceRow>
          ))}
        </PickerTable>
      )}
    </>
  );
}

/** The project's available bootable volumes: the server boots from the volume itself. */
export function VolumeSource() {
  const { t } = useTranslation('launch');
  const { lookups } = useLaunchUi();
  return (
    <div className="kit-stack launch-stack">
      <CinderPicker
        field="volumeId"
        rows={lookups.volumes?.data ?? []}
        label={t('source.kind.volume')}
        filterLabel={t('source.filterVolumes')}
        empty={t('source.noVolumes')}
        headings={[t('source.size'), t('source.volumeType'), t('source.fromImage')]}
        texts={(v) => [v.imageMetadata.image_name]}
        cells={(v) => (
          <>
            <td>{t('source.gib', { n: v.sizeGb })}</td>
            <td>{v.volumeType ?? '—'}</td>
            <td>{v.imageMetadata.image_name ?? '—'}</td>
          </>
        )}
      />
      <DeleteOnTermination field="volumeDeleteOnTermination" />
    </div>
  );
}

/** The project's available volume snapshots: Nova makes a new root volume from the chosen one. */
export function VolumeSnapshotSource() {
  const { t } = useTranslation('launch');
  const { lookups } = useLaunchUi();
  return (
    <div className="kit-stack launch-stack">
      <CinderPicker
        field="volumeSnapshotId"
        rows={lookups.volumeSnapshots?.data ?? []}
        label={t('source.kind.volumeSnapshot')}
        filterLabel={t('source.filterSnapshots')}
        empty={t('source.noVolumeSnapshots')}
        headings={[t('source.size'), t('source.ofVolume')]}
        texts={(s) => [s.volumeId]}
        cells={(s) => (
          <>
            <td>{t('source.gib', { n: s.sizeGb })}</td>
            <td className="mono small">{s.volumeId}</td>
          </>
        )}
      />
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
