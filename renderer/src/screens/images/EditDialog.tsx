import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../shared/domain/image.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { ImageChanges } from '../../../../shared/schemas/image.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { MetadataRows } from '../servers/MetadataRows.js';
import type { MetadataProblem } from '../servers/metadata-rows.js';
import { formOf, imageChanges, type ImageForm } from './image-form.js';
import { VisibilitySelect } from './VisibilitySelect.js';
import { useImages } from './images-store.js';

/** Edits name, visibility, protected, min disk/RAM and custom properties; only what changed is sent. */
export function EditDialog({ cloud, image, onClose }: { cloud: string; image: Image; onClose(): void }) {
  const { t } = useTranslation('images');
  const [form, setForm] = useState<ImageForm>(() => formOf(image));
  const [problem, setProblem] = useState<MetadataProblem | undefined>();
  const [error, setError] = useState<SerializedError | string | undefined>();
  const [sending, setSending] = useState(false);
  const set = (patch: Partial<ImageForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const edit = imageChanges(image, form);
    setProblem('problem' in edit ? edit : undefined);
    if ('problem' in edit) return;
    const parsed = ImageChanges.safeParse(edit.changes);
    if (!parsed.success) return setError(t('edit.invalid', { field: parsed.error.issues[0]?.path.join('.') ?? '' }));
    setSending(true);
    const r = await api.invoke('images.update', { cloud, id: image.id, changes: parsed.data });
    setSending(false);
    if (!r.ok) return setError(r.error);
    useImages.getState().upsert(cloud, r.value);
    notify({ kind: 'success', title: t('edit.done', { name: r.value.name ?? r.value.id }), cloud });
    onClose();
  };

  return (
    <FormDialog title={t('edit.title', { name: image.name ?? image.id })} formId="img-edit" submitLabel={t('edit.submit')} submitting={sending} onSubmit={(e) => void submit(e)} onClose={onClose} error={error} wide>
      <FormField label={t('field.name')}>
        <input type="text" autoComplete="off" data-autofocus value={form.name} onChange={(e) => set({ name: e.target.value })} />
      </FormField>
      <VisibilitySelect value={form.visibility} onChange={(visibility) => set({ visibility })} />
      <label className="kit-row">
        <input type="checkbox" checked={form.protected} onChange={(e) => set({ protected: e.target.checked })} />
        {t('field.protected')}
      </label>
      <FormField label={t('field.minDisk')}>
        <input type="number" min={0} value={form.minDiskGb} onChange={(e) => set({ minDiskGb: e.target.value })} />
      </FormField>
      <FormField label={t('field.minRam')}>
        <input type="number" min={0} value={form.minRamMb} onChange={(e) => set({ minRamMb: e.target.value })} />
      </FormField>
      <fieldset className="kit-stack">
        <legend>{t('field.properties')}</legend>
        <MetadataRows rows={form.properties} onChange={(properties) => set({ properties })} problem={problem} />
      </fieldset>
    </FormDialog>
  );
}
