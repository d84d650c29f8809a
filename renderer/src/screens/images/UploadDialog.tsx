import { useEffect, useState } from 'react';
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
const SOURCES: readonly Source[] = ['direct', 'glance-direct', 'web-download'];

export const nameFromImageFile = (file: string) => file.replace(/\.(qcow2|img|raw|vmdk|vhdx?|iso)$/i, '') || file;

/** How the data reaches Glance: this machine's file (sent straight, or staged and imported), or a URL Glance fetches. */
type Source = 'direct' | 'glance-direct' | 'web-download';

/** The last part of a URL's path, which names the image the way a file's name does. */
const fileNameOfUrl = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || url;
  } catch {
    return url;
  }
};

/**
 * Picks a file in main's dialog (the renderer sees its name, size and guessed format, never
 * its bytes), or takes a URL for Glance's web-download where the cloud offers it (`GET
 * /v2/info/import`); asks for the name, the disk format (the guess, to confirm) and
 * visibility, then starts the transfer; the dialog closes and the transfer panel and the
 * corner notification show the progress.
 */
export function UploadDialog({ cloud, onClose }: { cloud: string; onClose(): void }) {
  const { t } = useTranslation('images');
  const [source, setSource] = useState<Source>('direct');
  const [offered, setOffered] = useState<string[]>([]);
  const [file, setFile] = useState<PickedImageFile | undefined>();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [diskFormat, setDiskFormat] = useState<string>('raw');
  const [visibility, setVisibility] = useState<string>('private');
  const [error, setError] = useState<SerializedError | string | undefined>();

  useEffect(() => {
    void api.invoke('images.importMethods', { cloud }).then((r) => r.ok && setOffered(r.value));
  }, [cloud]);
  const sources = SOURCES.filter((s) => s === 'direct' || offered.includes(s));

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
    const fromUrl = source === 'web-download';
    if (!fromUrl && !file) return setError(t('upload.noFile'));
    if (fromUrl && !URL.canParse(url)) return setError(t('upload.badUrl'));
    const parsed = ImageCreateRequest.safeParse({ name, diskFormat, containerFormat: 'bare', visibility });
    if (!parsed.success) return setError(t('upload.invalid', { field: parsed.error.issues[0]?.path.join('.') ?? '' }));
    const transfer = newTransferId();
    const fileName = fromUrl ? fileNameOfUrl(url) : file!.fileName;
    useTransfers.getState().begin({ transferId: transfer, cloud, fileName, direction: 'upload', imageId: undefined });
    onClose();
    const sent = fromUrl
      ? api.invoke('images.importFromUrl', { cloud, transfer, image: parsed.data, url })
      : api.invoke('images.upload', { cloud, transfer, file: file!.ref, image: parsed.data, ...(source === 'glance-direct' ? { method: source } : {}) });
    void sent.then((r) => {
      if (r.ok) {
        useImages.getState().upsert(cloud, r.value);
        notify({ kind: 'success', title: t(fromUrl ? 'upload.imported' : 'upload.done', { name: parsed.data.name }), cloud });
      } else if (r.error.kind !== 'cancelled') {
        notify({ kind: 'error', title: t('upload.failed', { name: parsed.data.name }), detail: r.error.message, cloud });
      }
      void useImages.getState().load(cloud);
    });
  };

  return (
    <FormDialog title={t('upload.title')} formId="img-upload" submitLabel={t('upload.submit')} submitting={false} onSubmit={submit} onClose={onClose} error={error} wide>
      {sources.length > 1 && (
        <fieldset className="kit-stack">
          <legend>{t('upload.source')}</legend>
          <div role="radiogroup" aria-label={t('upload.source')} className="segmented">
            {sources.map((s) => (
              <label key={s} className={source === s ? 'on' : ''}>
                <input type="radio" name="upload-source" checked={source === s} onChange={() => setSource(s)} />
                {t(`upload.via.${s}`)}
              </label>
            ))}
          </div>
          <p className="muted small">{t(`upload.viaHelp.${source}`)}</p>
        </fieldset>
      )}
      {source === 'web-download' ? (
        <FormField label={t('upload.url')}>
          <input
            type="url"
            autoComplete="off"
            value={url}
            placeholder="https://"
            onChange={(e) => {
              setUrl(e.target.value);
              if (!name && URL.canParse(e.target.value)) setName(nameFromImageFile(fileNameOfUrl(e.target.value)));
            }}
          />
        </FormField>
      ) : (
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
      )}
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
      {file && source !== 'web-download' && <p className="muted">{t('upload.guessed', { format: file.guessedDiskFormat })}</p>}
      <VisibilitySelect value={visibility} onChange={setVisibility} />
    </FormDialog>
  );
}
