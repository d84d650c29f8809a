import i18n from 'i18next';
import type { Image } from '../../../../shared/domain/image.js';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { newTransferId, useTransfers } from './transfers-store.js';

/** Asks main's save dialog where to, then streams the image there; the transfer panel shows the progress. */
export async function downloadImage(cloud: string, image: Image): Promise<void> {
  const t = i18n.getFixedT(null, 'images');
  const name = image.name ?? image.id;
  const picked = await api.invoke('files.pickSaveTarget', { suggestedName: `${name}.${image.diskFormat ?? 'raw'}`.replace(/[/\\]/g, '-') });
  if (!picked.ok) return void notify({ kind: 'error', title: t('download.failed', { name }), detail: picked.error.message, cloud });
  if (!picked.value) return;
  const transfer = newTransferId();
  useTransfers.getState().begin({ transferId: transfer, cloud, fileName: picked.value.fileName, direction: 'download', imageId: image.id });
  const r = await api.invoke('images.download', { cloud, id: image.id, transfer, file: picked.value.ref });
  if (r.ok) notify({ kind: 'success', title: t('download.done', { name, file: picked.value.fileName }), cloud });
  else if (r.error.kind !== 'cancelled') notify({ kind: 'error', title: t('download.failed', { name }), detail: r.error.message, cloud });
}
