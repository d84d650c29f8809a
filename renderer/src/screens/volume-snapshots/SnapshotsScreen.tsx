import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolumeSnapshot } from '../../../../shared/domain/volume.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { ResourceScreen } from '../../kit/ResourceScreen.js';
import { useClouds } from '../../stores/clouds.js';
import { useAnswer } from '../floating-ips/use-answer.js';
import { CreateVolumeDialog } from '../volumes/CreateVolumeDialog.js';
import { utcTime } from '../volumes/volume-columns.js';
import { SNAPSHOT_ACTIONS } from './snapshot-actions.js';
import { snapshotColumns, volumeLabel } from './snapshot-columns.js';
import { useVolumeSnapshots } from './snapshots-store.js';

/** Cinder volume snapshots of the current cloud: list, details, a new volume from one, delete. */
export function SnapshotsScreen() {
  const { t, i18n } = useTranslation('volumeSnapshots');
  const cloud = useClouds((s) => s.currentId);
  // the volumes' names, one list for the screen
  const volumes = useAnswer('volumes.list', cloud ? { cloud } : undefined, cloud ?? '');
  const volumeNames = useMemo(() => Object.fromEntries((volumes.value ?? []).map((v) => [v.id, v.name])), [volumes.value]);
  const columns = useMemo(() => snapshotColumns(t, i18n.language, volumeNames), [t, i18n.language, volumeNames]);

  return (
    <ResourceScreen<VolumeSnapshot>
      ns="volumeSnapshots"
      store={useVolumeSnapshots}
      columns={columns}
      actions={SNAPSHOT_ACTIONS}
      nameOf={(s) => s.name || s.id}
      tabs={(s) => [
        {
          id: 'overview',
          label: t('tab.overview'),
          render: () => (
            <dl className="kit-dl">
              <Field label={t('column.id')}>
                <span className="mono">{s.id}</span>
              </Field>
              <Field label={t('column.status')}>{s.status}</Field>
              <Field label={t('column.size')}>{t('sizeGb', { size: s.sizeGb })}</Field>
              <Field label={t('column.volume')}>
                {volumeLabel(s, volumeNames)} <span className="mono muted">{s.volumeId}</span>
              </Field>
              <Field label={t('description')}>{s.description}</Field>
              <Field label={t('column.created')}>{utcTime(s.createdAt).toLocaleString(i18n.language)}</Field>
            </dl>
          ),
        },
      ]}
      dialogs={{
        createVolume: ({ rows: [s], cloud: c, close }) => s && <CreateVolumeDialog cloud={c} snapshot={s} onClose={close} />,
      }}
    />
  );
}
