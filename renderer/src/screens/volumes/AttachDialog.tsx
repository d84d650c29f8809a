import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { offers, FeatureNote } from '../servers/FeatureNote.js';
import { useAnswer } from '../floating-ips/use-answer.js';
import { useComputeVersion } from '../server-groups/use-compute-version.js';
import { attachableServers, attachChoice, type AttachChoice, type AttachField } from './attach-choice.js';

type Named = { id: string; name: string };

interface Props {
  cloud: string;
  /** the side already chosen: a server's drawer picks a volume, a volume's row picks a server */
  fixed: { server: Named } | { volume: Named };
  onClose(): void;
  onChoose(choice: AttachChoice): void;
}

/**
 * Attach a volume to a server (Nova's os-volume_attachments), from either side: an available
 * volume of the project, or a running or stopped server of the cloud; the device and the tag
 * (compute 2.49+) are optional.
 */
export function AttachDialog({ cloud, fixed, onClose, onChoose }: Props) {
  const { t } = useTranslation('volumes');
  const version = useComputeVersion(cloud);
  const server = 'server' in fixed ? fixed.server : undefined;
  const volume = 'volume' in fixed ? fixed.volume : undefined;
  const volumes = useAnswer('volumes.list', server ? { cloud, status: 'available' } : undefined, cloud);
  const servers = useAnswer('servers.list', volume ? { cloud } : undefined, cloud);
  const [form, setForm] = useState({ serverId: server?.id ?? '', volumeId: volume?.id ?? '', device: '', tag: '' });
  const [problem, setProblem] = useState<AttachField | undefined>();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const taggable = offers('volumeAttachment.tag', version);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const choice = attachChoice({ ...form, tag: taggable ? form.tag : '' });
    if (!choice.ok) return setProblem(choice.field);
    onChoose(choice.value);
  };

  return (
    <FormDialog
      title={t('attachDialog.title', { name: (server ?? volume)!.name })}
      formId="vol-attach"
      submitLabel={t('attachDialog.submit')}
      submitting={false}
      onSubmit={submit}
      onClose={onClose}
      error={volumes.error ?? servers.error}
    >
      {server ? (
        <FormField label={t('attachDialog.volume')} problem={problem === 'volumeId' ? t('attachDialog.chooseVolume') : undefined}>
          <select data-autofocus value={form.volumeId} onChange={set('volumeId')} aria-invalid={problem === 'volumeId'}>
            <option value="">{volumes.value ? (volumes.value.length ? '—' : t('attachDialog.noVolume')) : t('attachDialog.loading')}</option>
            {(volumes.value ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {`${v.name || v.id} · ${t('sizeGb', { size: v.sizeGb })}`}
              </option>
            ))}
          </select>
        </FormField>
      ) : (
        <FormField label={t('attachDialog.server')} problem={problem === 'serverId' ? t('attachDialog.chooseServer') : undefined}>
          <select data-autofocus value={form.serverId} onChange={set('serverId')} aria-invalid={problem === 'serverId'}>
            <option value="">{servers.value ? (attachableServers(servers.value).length ? '—' : t('attachDialog.noServer')) : t('attachDialog.loading')}</option>
            {attachableServers(servers.value ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {`${s.name || s.id} · ${s.status}`}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField label={t('attachDialog.device')} problem={problem === 'device' ? t('attachDialog.deviceInvalid') : undefined}>
        <input type="text" className="mono" autoComplete="off" placeholder={t('attachDialog.deviceHint')} value={form.device} onChange={set('device')} aria-invalid={problem === 'device'} />
      </FormField>
      {taggable ? (
        <FormField label={t('attachDialog.tag')} problem={problem === 'tag' ? t('attachDialog.tagInvalid') : undefined}>
          <input type="text" autoComplete="off" value={form.tag} onChange={set('tag')} aria-invalid={problem === 'tag'} />
        </FormField>
      ) : (
        <FeatureNote feature="volumeAttachment.tag" version={version} what={t('attachDialog.tag')} />
      )}
    </FormDialog>
  );
}
