import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { Name } from '../../../../shared/schemas/fields.js';
import type { VolumeSnapshot } from '../../../../shared/domain/volume.js';
import { VolumeSize, type VolumeCreateRequest } from '../../../../shared/schemas/volume.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { useAnswer } from '../floating-ips/use-answer.js';
import { useVolumes } from './volumes-store.js';

export type VolumeSource = 'blank' | 'image' | 'snapshot';

type Form = { name: string; size: string; source: VolumeSource; imageId: string; volumeType: string; snapshotId?: string; minSizeGb?: number };

/** The create request the form describes, or the field that is wrong. */
export function volumeRequest(f: Form):
  | { ok: true; value: VolumeCreateRequest }
  | { ok: false; field: 'name' | 'size' | 'imageId' } {
  const name = Name.safeParse(f.name);
  if (!name.success) return { ok: false, field: 'name' };
  const size = VolumeSize.safeParse(Number(f.size));
  // Cinder makes a volume from a snapshot at least as large as the snapshot
  if (!size.success || size.data < (f.minSizeGb ?? 1)) return { ok: false, field: 'size' };
  if (f.source === 'image' && !f.imageId) return { ok: false, field: 'imageId' };
  return {
    ok: true,
    value: {
      name: name.data,
      sizeGb: size.data,
      ...(f.volumeType ? { volumeType: f.volumeType } : {}),
      ...(f.source === 'image' ? { imageId: f.imageId } : {}),
      ...(f.source === 'snapshot' && f.snapshotId ? { snapshotId: f.snapshotId } : {}),
    },
  };
}

/**
 * A blank volume, one made from an image, or (from the Snapshots screen) one made from a
 * snapshot, of the cloud's default type or one chosen.
 */
export function CreateVolumeDialog({ cloud, snapshot, onClose }: { cloud: string; snapshot?: VolumeSnapshot | undefined; onClose(): void }) {
  const { t } = useTranslation('volumes');
  const types = useAnswer('volumeTypes.list', { cloud }, cloud);
  const images = useAnswer('images.list', snapshot ? undefined : { cloud }, cloud);
  const [form, setForm] = useState({ name: '', size: String(snapshot?.sizeGb ?? 1), source: (snapshot ? 'snapshot' : 'blank') as VolumeSource, imageId: '', volumeType: '' });
  const [problem, setProblem] = useState<'name' | 'size' | 'imageId' | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const req = volumeRequest({ ...form, ...(snapshot ? { snapshotId: snapshot.id, minSizeGb: snapshot.sizeGb } : {}) });
    if (!req.ok) return setProblem(req.field);
    setProblem(undefined);
    setSubmitting(true);
    const r = await api.invoke('volumes.create', { cloud, volume: req.value });
    setSubmitting(false);
    if (!r.ok) return setError(r.error);
    // followed until Cinder has made it (creating, downloading...)
    useVolumes.getState().upsert(cloud, r.value);
    void useVolumes.getState().refreshRows(cloud, [r.value.id]);
    notify({ kind: 'success', title: t('create.done', { name: req.value.name }) });
    onClose();
  };

  return (
    <FormDialog title={snapshot ? t('create.fromSnapshotTitle', { name: snapshot.name || snapshot.id }) : t('create.title')} formId="vol-create" submitLabel={t('create.submit')} submitting={submitting} onSubmit={(e) => void submit(e)} onClose={onClose} error={error}>
      <FormField label={t('form.name')} problem={problem === 'name' ? t('form.nameInvalid') : undefined}>
        <input type="text" autoComplete="off" data-autofocus maxLength={255} value={form.name} onChange={set('name')} aria-invalid={problem === 'name'} />
      </FormField>
      <FormField label={t('form.sizeGb')} problem={problem === 'size' ? (snapshot ? t('form.sizeAtLeast', { size: snapshot.sizeGb }) : t('form.sizeInvalid')) : undefined}>
        <input type="number" min={snapshot?.sizeGb ?? 1} step={1} value={form.size} onChange={set('size')} aria-invalid={problem === 'size'} />
      </FormField>
      <FormField label={t('form.type')}>
        <select value={form.volumeType} onChange={set('volumeType')}>
          <option value="">{t('form.defaultType')}</option>
          {(types.value ?? []).map((ty) => (
            <option key={ty.id} value={ty.name}>
              {ty.name}
            </option>
          ))}
        </select>
      </FormField>
      {snapshot ? (
        <FormField label={t('form.snapshot')}>
          <input type="text" readOnly value={snapshot.name || snapshot.id} />
        </FormField>
      ) : (
        <FormField label={t('form.source')}>
          <select value={form.source} onChange={set('source')}>
            <option value="blank">{t('form.sourceBlank')}</option>
            <option value="image">{t('form.sourceImage')}</option>
          </select>
        </FormField>
      )}
      {form.source === 'image' && (
        <FormField label={t('form.image')} problem={problem === 'imageId' ? t('form.imageRequired') : undefined}>
          <select value={form.imageId} onChange={set('imageId')} aria-invalid={problem === 'imageId'}>
            <option value="">—</option>
            {(images.value ?? []).map((im) => (
              <option key={im.id} value={im.id}>
                {im.name || im.id}
              </option>
            ))}
          </select>
        </FormField>
      )}
    </FormDialog>
  );
}
