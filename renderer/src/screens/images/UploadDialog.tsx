import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_DISK_FORMATS } from '../../../../shared/domain/image.js';
import type { SerializedError } from '../../../../shared/errors.js';
import type { PickedImageFile } from '../../../../shared/ipc/contract/files.js';
import { ImageCreateRequest } from '../../../../shared/schemas/image.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { formatBytes } from '../../lib/units.js';
import { notify } from '../../stores/notify.js';
import { VisibilitySelect } from './VisibilitySelect.js';
import { useImages } from './images-store.js';
import { newTransferId, useTransfers } from './transfers-store.js';

/** A file's name without its disk-image extension: `jammy.qcow2` → `jammy`. */
export const nameFromImageFile = (file: string) => file.replace(/\.(qcow2|img|raw|vmdk|vhdx?|iso)$/i, '') || file;

/**
 * Picks a file in main's dialog (the renderer sees its name, size and guessed format, never
 * its bytes), asks for the name, the disk format (the guess, to confirm) and visibility, then
 * starts the upload; the dialog closes and the transfer panel shows the progress.
 */
export function UploadDialog({ cloud, onClose }: { cloud: string; onClose(): void }) {
  const { t } = useTranslation('images');
  const [file, setFile] = useState<PickedImageFile | undefined>();
  const [name, setName] = useState('');
  const [diskFormat, setDiskFormat] = useState<string>('raw');
  const [visibility, setVisibility] = useState<string>('private');
  const [error, setError] = useState<SerializedError | string | undefined>();

  const pick = async () => {
    setError(undefined);
    const r = await api.invoke('files.pickImage', {});
    if (!r.ok) return setError(r.error);
    if (!r.value) return;
    setFile(r.value);
    setDiskFormat(r.value.guessedDiskFormat);
    if (!name) setName(nameFromImageFile(r.value.fileName));
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return setError(t('upload.noFile'));
    const parsed = ImageCreateRequest.safeParse({ name, diskFormat, containerFormat: 'bare', visibility });
    if (!parsed.success) return setError(t('upload.invalid', { field: parsed.error.issues[0]?.path.join('.') ?? '' }));
    const transfer = newTransferId();
    useTransfers.getState().begin({ transferId: transfer, cloud, fileName: file.fileName, direction: 'upload', imageId: undefined });
    onClose();
    void api.invoke('images.upload', { cloud, transfer, file: file.ref, image: parsed.data }).then((r) => {
      if (r.ok) {
        useImages.getState().upsert(cloud, r.value);
        notify({ kind: 'success', title: t('upload.done', { name: parsed.data.name }), cloud });
      } else if (r.error.kind !== 'cancelled') {
        notify({ kind: 'error', title: t('upload.failed', { name: parsed.data.name }), detail: r.error.message, cloud });
      }
      void useImages.getState().load(cloud);
    });
  };

  return (
    <FormDialog title={t('upload.title')} formId="img-upload" submitLabel={t('upload.submit')} submitting={false} onSubmit={submit} onClose={onClose} error={error} wide>
      <fieldset className="kit-stack">
        <legend>{t('upload.file')}</legend>
        <div className="kit-row">
          <button type="button" className="button" data-autofocus onClick={() => void pick()}>
            {t('upload.pick')}
          </button>
          {file && (
            <span data-testid="picked-file">
              {file.fileName} · {formatBytes(file.sizeBytes)}
            </span>
          )}
        </div>
      </fieldset>
      <FormField label={t('field.name')}>
        <input type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField label={t('upload.diskFormat')}>
        <select value={diskFormat} onChange={(e) => setDiskFormat(e.target.value)}>
          {IMAGE_DISK_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </FormField>
      {file && <p className="muted">{t('upload.guessed', { format: file.guessedDiskFormat })}</p>}
      <VisibilitySelect value={visibility} onChange={setVisibility} />
    </FormDialog>
  );
}
