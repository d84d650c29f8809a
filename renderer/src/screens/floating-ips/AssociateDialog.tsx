import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { notify } from '../../stores/notify.js';
import { noteAssociated, putOnPort } from './floating-ip-ops.js';
import { portChoice, serverLabels } from './floating-ip-rules.js';
import { useFloatingIps } from './floating-ips-store.js';
import { chosenTarget, PortField } from './PortField.js';
import { useAnswer } from './use-answer.js';

/**
 * Associate a free floating IP (the Floating IPs screen): pick a server, and its port is
 * taken without asking unless the server has several addresses a floating IP can point at.
 */
export function AssociateDialog({ cloud, fip, onClose }: { cloud: string; fip: FloatingIp; onClose(): void }) {
  const { t } = useTranslation('floatingIps');
  const servers = useAnswer('servers.list', { cloud }, cloud);
  const networks = useAnswer('networks.list', { cloud }, cloud);
  const [serverId, setServerId] = useState('');
  const ports = useAnswer('ports.list', serverId ? { cloud, deviceId: serverId } : undefined, `${cloud}/${serverId}`);
  const fips = useFloatingIps((s) => s.lists[cloud]?.items);
  const [portKey, setPortKey] = useState('');
  const [error, setError] = useState<SerializedError | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const [tried, setTried] = useState(false);

  const choice = useMemo(
    () => (ports.value && networks.value ? portChoice(ports.value, fips ?? [], networks.value) : undefined),
    [ports.value, networks.value, fips],
  );
  const target = chosenTarget(choice, portKey);
  const options = useMemo(() => serverLabels(servers.value ?? []), [servers.value]);
  const server = servers.value?.find((s) => s.id === serverId);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!server || !target) return;
    setError(undefined);
    setSubmitting(true);
    const r = await putOnPort(cloud, { kind: 'existing', fip }, target);
    setSubmitting(false);
    if (!r.ok) return setError(r.error);
    noteAssociated(cloud, r.value, server.id, target.networkName);
    notify({ kind: 'success', title: t('associate.done', { address: fip.floatingIpAddress, server: server.name, fixed: target.fixedIp }) });
    onClose();
  };

  return (
    <FormDialog
      title={t('associate.title', { address: fip.floatingIpAddress })}
      formId="fip-associate"
      submitLabel={submitting ? t('associate.working') : t('associate.submit')}
      submitting={submitting || (!!serverId && !choice) || choice?.choice.kind === 'none'}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error ?? servers.error ?? networks.error ?? ports.error}
    >
      <FormField label={t('associate.server')} problem={tried && !serverId ? t('associate.serverRequired') : undefined}>
        <select
          data-autofocus
          value={serverId}
          disabled={!servers.value}
          aria-invalid={tried && !serverId}
          onChange={(e) => {
            setServerId(e.target.value);
            setPortKey('');
            setError(undefined);
          }}
        >
          <option value="">{servers.value ? t('associate.chooseServer') : t('common:actions.loading')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </FormField>
      {serverId && <PortField ports={choice} value={portKey} onChange={setPortKey} problem={tried && choice?.choice.kind === 'ask' && !target ? t('associate.portRequired') : undefined} />}
    </FormDialog>
  );
}
