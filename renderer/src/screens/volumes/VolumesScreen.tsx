import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../shared/domain/volume.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { ResourceScreen } from '../../kit/ResourceScreen.js';
import { AttachDialog } from './AttachDialog.js';
import { CreateVolumeDialog } from './CreateVolumeDialog.js';
import { ExtendDialog } from './ExtendDialog.js';
import { RenameDialog } from './RenameDialog.js';
import { SnapshotDialog } from './SnapshotDialog.js';
import { attachTo, VOLUME_ACTIONS } from './volume-actions.js';
import { utcTime, volumeColumns } from './volume-columns.js';
import { useVolumes } from './volumes-store.js';

/** Cinder volumes of the current cloud: list, details, create, rename, extend, snapshot, attach, detach, delete. */
export function VolumesScreen() {
  const { t, i18n } = useTranslation('volumes');
  const columns = useMemo(() => volumeColumns(t, i18n.language), [t, i18n.language]);
  const [creating, setCreating] = useState<string | undefined>();

  return (
    <>
      <ResourceScreen<Volume>
        ns="volumes"
        store={useVolumes}
        columns={columns}
        actions={VOLUME_ACTIONS}
        nameOf={(v) => v.name || v.id}
        toolbar={(cloud) => (
          <button type="button" className="button primary" onClick={() => setCreating(cloud)}>
            {t('create.open')}
          </button>
        )}
        tabs={(v) => [{ id: 'overview', label: t('tab.overview'), render: () => <Overview v={v} lang={i18n.language} /> }]}
        dialogs={{
          rename: (p) => <RenameDialog {...p} />,
          extend: (p) => <ExtendDialog {...p} />,
          snapshot: (p) => <SnapshotDialog {...p} />,
          attach: ({ rows: [v], cloud, close, proceed }) =>
            v && <AttachDialog cloud={cloud} fixed={{ volume: { id: v.id, name: v.name || v.id } }} onClose={close} onChoose={(c) => proceed(attachTo(c))} />,
        }}
      />
      {creating && <CreateVolumeDialog cloud={creating} onClose={() => setCreating(undefined)} />}
    </>
  );
}

function Overview({ v, lang }: { v: Volume; lang: string }) {
  const { t } = useTranslation('volumes');
  const image = Object.entries(v.imageMetadata);
  return (
    <dl className="kit-dl">
      <Field label={t('column.id')}>
        <span className="mono">{v.id}</span>
      </Field>
      <Field label={t('column.status')}>{v.status}</Field>
      <Field label={t('column.size')}>{t('sizeGb', { size: v.sizeGb })}</Field>
      <Field label={t('column.type')}>{v.volumeType}</Field>
      <Field label={t('column.bootable')}>{v.bootable ? t('yes') : t('no')}</Field>
      <Field label={t('form.description')}>{v.description}</Field>
      <Field label={t('drawer.availabilityZone')}>{v.availabilityZone}</Field>
      <Field label={t('drawer.attachments')}>
        {v.attachments.length > 0 ? (
          <ul className="kit-plain">
            {v.attachments.map((a) => (
              <li key={a.attachmentId || a.serverId}>
                <span className="mono">{a.serverId}</span> {a.device && t('drawer.onDevice', { device: a.device })}
              </li>
            ))}
          </ul>
        ) : undefined}
      </Field>
      <Field label={t('drawer.source')}>
        {v.snapshotId ? t('drawer.fromSnapshot', { id: v.snapshotId }) : v.sourceVolumeId ? t('drawer.fromVolume', { id: v.sourceVolumeId }) : undefined}
      </Field>
      <Field label={t('drawer.imageMetadata')}>
        {image.length > 0 ? (
          <ul className="kit-plain mono">
            {image.map(([k, val]) => (
              <li key={k}>
                {k}={val}
              </li>
            ))}
          </ul>
        ) : undefined}
      </Field>
      <Field label={t('column.created')}>{utcTime(v.createdAt).toLocaleString(lang)}</Field>
    </dl>
  );
}
