import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../shared/domain/image.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { ResourceId } from '../../../../shared/ipc/ids.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { useImages } from './images-store.js';

/** Shares an image with another project by its id; a private image becomes shared. */
export function ShareDialog({ cloud, image, onClose }: { cloud: string; image: Image; onClose(): void }) {
  const { t } = useTranslation('images');
  const [projectId, setProjectId] = useState('');
  const [error, setError] = useState<SerializedError | string | undefined>();
  const [sending, setSending] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const id = projectId.trim();
    if (!ResourceId.safeParse(id).success) return setError(t('share.badProject'));
    setSending(true);
    const r = await api.invoke('images.addMember', { cloud, id: image.id, projectId: id });
    setSending(false);
    if (!r.ok) return setError(r.error);
    void useImages.getState().refreshRows(cloud, [image.id]);
    notify({ kind: 'success', title: t('share.done', { name: image.name ?? image.id, project: id }), cloud });
    onClose();
  };

  return (
    <FormDialog
      title={t('share.title', { name: image.name ?? image.id })}
      description={image.visibility === 'private' ? t('share.becomesShared') : undefined}
      formId="img-share"
      submitLabel={t('share.submit')}
      submitting={sending}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error}
    >
      <FormField label={t('share.project')}>
        <input type="text" className="mono" autoComplete="off" data-autofocus value={projectId} onChange={(e) => setProjectId(e.target.value)} />
      </FormField>
    </FormDialog>
  );
}
