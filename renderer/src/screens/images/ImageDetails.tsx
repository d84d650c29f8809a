import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image, ImageMember } from '../../../../shared/domain/image.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { api } from '../../lib/api.js';
import { formatBytes } from '../../lib/units.js';

/** Everything Glance says of an image. */
export function ImageOverview({ image: i }: { image: Image }) {
  const { t, i18n } = useTranslation('images');
  const mono = (v: string | undefined) => v && <span className="mono">{v}</span>;
  return (
    <dl className="kit-dl">
      <Field label={t('column.name')}>{i.name ?? '—'}</Field>
      <Field label={t('column.id')}>{mono(i.id)}</Field>
      <Field label={t('column.status')}>{t(`status.${i.status}`, { defaultValue: i.status })}</Field>
      <Field label={t('column.visibility')}>{t(`visibility.${i.visibility}`)}</Field>
      <Field label={t('field.protected')}>{i.protected ? t('yes') : t('no')}</Field>
      <Field label={t('column.owner')}>{mono(i.owner)}</Field>
      <Field label={t('column.size')}>{formatBytes(i.sizeBytes)}</Field>
      <Field label={t('field.virtualSize')}>{formatBytes(i.virtualSizeBytes)}</Field>
      <Field label={t('column.diskFormat')}>{i.diskFormat ?? '—'}</Field>
      <Field label={t('column.containerFormat')}>{i.containerFormat ?? '—'}</Field>
      <Field label={t('field.minDisk')}>{i.minDiskGb}</Field>
      <Field label={t('field.minRam')}>{i.minRamMb}</Field>
      <Field label={t('field.checksum')}>{mono(i.checksum)}</Field>
      <Field label={t('field.hash', { algo: i.hashAlgo ?? '' })}>{i.hashValue && <span className="mono wrap-anywhere">{i.hashValue}</span>}</Field>
      <Field label={t('column.created')}>{new Date(i.createdAt).toLocaleString(i18n.language)}</Field>
      <Field label={t('field.updated')}>{i.updatedAt && new Date(i.updatedAt).toLocaleString(i18n.language)}</Field>
    </dl>
  );
}

export function ImageProperties({ image }: { image: Image }) {
  const { t } = useTranslation('images');
  const entries = Object.entries(image.properties);
  if (!entries.length) return <p className="muted">{t('noProperties')}</p>;
  return (
    <dl className="kit-dl">
      {entries.map(([k, v]) => (
        <Field key={k} label={k}>
          <span className="mono">{v}</span>
        </Field>
      ))}
    </dl>
  );
}

/** The projects the image is shared with (a member sees only its own entry), each removable by the owner. */
export function ImageMembers({ cloud, image }: { cloud: string; image: Image }) {
  const { t } = useTranslation('images');
  const [members, setMembers] = useState<ImageMember[] | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let live = true;
    void api.invoke('images.listMembers', { cloud, id: image.id }).then((r) => {
      if (!live) return;
      if (r.ok) setMembers(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [cloud, image.id, image.visibility, reads]);
  const remove = async (projectId: string) => {
    const r = await api.invoke('images.removeMember', { cloud, id: image.id, projectId });
    if (!r.ok) return setError(r.error);
    setReads((n) => n + 1);
  };
  if (image.visibility !== 'shared') return <p className="muted">{t('members.notShared')}</p>;
  if (error) return <ErrorBanner error={error} />;
  if (!members) return <p className="muted">{t('members.loading')}</p>;
  if (!members.length) return <p className="muted">{t('members.none')}</p>;
  return (
    <table className="kit-plain">
      <tbody>
        {members.map((m) => (
          <tr key={m.memberId} data-testid="image-member">
            <td className="mono">{m.memberId}</td>
            <td>{t(`memberStatus.${m.status}`)}</td>
            <td>
              <button type="button" className="button" onClick={() => void remove(m.memberId)}>
                {t('members.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
