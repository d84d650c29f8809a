import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import type { Server } from '../../../../shared/domain/server.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { Modal } from '../../kit/Modal.js';
import { notify } from '../../stores/notify.js';
import { noteAssociated, putOnPort, type FipSource } from '../floating-ips/floating-ip-ops.js';
import { externalNetworks, floatingIpsOf, freeFloatingIps, isFloatingIpQuota, portChoice } from '../floating-ips/floating-ip-rules.js';
import { chosenTarget, PortField } from '../floating-ips/PortField.js';
import { useAnswer } from '../floating-ips/use-answer.js';
import { useQuotaText } from '../floating-ips/use-quota-text.js';

interface SourceOption {
  key: string;
  label: string;
  source: FipSource;
}

/**
 * "Associate floating IP" on a server, in one step: a free address of its project or a new
 * one from the external network (which one is asked only when the cloud has several), and
 * the server's port taken without asking unless it has several addresses to point at. A new
 * address is allocated onto the port in the same request, so nothing is left half done.
 * The row shows the address as soon as Neutron answers (address-overlay.ts).
 */
export function AssociateFloatingIpDialog({ cloud, server, onClose }: { cloud: string; server: Server; onClose(): void }) {
  const { t } = useTranslation(['servers', 'floatingIps']);
  const ports = useAnswer('ports.list', { cloud, deviceId: server.id }, `${cloud}/${server.id}`);
  const networks = useAnswer('networks.list', { cloud }, cloud);
  const fips = useAnswer('floatingIps.list', { cloud }, cloud);
  const ready = ports.value && networks.value && fips.value;
  const choice = useMemo(() => (ready ? portChoice(ports.value!, fips.value!, networks.value!) : undefined), [ready, ports.value, fips.value, networks.value]);
  const sources = useMemo<SourceOption[]>(() => {
    if (!networks.value || !fips.value) return [];
    const names = Object.fromEntries(networks.value.map((n) => [n.id, n.name || n.id]));
    return [
      ...freeFloatingIps(fips.value, server.projectId).map((f) => ({
        key: `fip:${f.id}`,
        label: t('servers:fip.existing', { address: f.floatingIpAddress, network: names[f.floatingNetworkId] ?? f.floatingNetworkId }),
        source: { kind: 'existing' as const, fip: f },
      })),
      ...externalNetworks(networks.value).map((n) => ({
        key: `new:${n.id}`,
        label: t('servers:fip.allocateFrom', { network: n.name || n.id }),
        source: { kind: 'allocate' as const, networkId: n.id },
      })),
    ];
  }, [networks.value, fips.value, server.projectId, t]);
  const [picked, setPicked] = useState<string | undefined>();
  const sourceKey = picked ?? sources[0]?.key ?? '';
  const source = sources.find((s) => s.key === sourceKey);
  const [portKey, setPortKey] = useState('');
  const target = chosenTarget(choice, portKey);
  const [error, setError] = useState<SerializedError | undefined>();
  const [quota, setQuota] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const [tried, setTried] = useState(false);
  const quotaText = useQuotaText(cloud);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!source || !target) return;
    setError(undefined);
    setQuota(undefined);
    setSubmitting(true);
    const r = await putOnPort(cloud, source.source, target);
    if (!r.ok) {
      setSubmitting(false);
      if (isFloatingIpQuota(r.error)) return setQuota(await quotaText());
      return setError(r.error);
    }
    noteAssociated(cloud, r.value, server.id, target.networkName);
    notify({ kind: 'success', title: t('servers:fip.done', { address: r.value.floatingIpAddress, name: server.name, fixed: target.fixedIp }) });
    onClose();
  };

  const loadError = ports.error ?? networks.error ?? fips.error;
  return (
    <FormDialog
      title={t('servers:fip.associateTitle', { name: server.name })}
      formId="srv-fip-associate"
      submitLabel={submitting ? t('servers:fip.working') : t('servers:fip.submit')}
      submitting={submitting || !ready || !source || choice?.choice.kind === 'none'}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error ?? loadError}
    >
      {!ready && !loadError && (
        <p className="muted" role="status">
          {t('common:actions.loading')}
        </p>
      )}
      {ready && sources.length === 0 && <p className="banner warn">{t('servers:fip.noSource')}</p>}
      {ready && sources.length > 0 && (
        <FormField label={t('servers:fip.address')} problem={quota}>
          <select
            data-autofocus
            value={sourceKey}
            aria-invalid={!!quota}
            onChange={(e) => {
              setPicked(e.target.value);
              setQuota(undefined);
            }}
          >
            {sources.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </FormField>
      )}
      {ready && (
        <PortField
          ports={choice}
          value={portKey}
          onChange={setPortKey}
          problem={tried && choice?.choice.kind === 'ask' && !target ? t('floatingIps:associate.portRequired') : undefined}
        />
      )}
    </FormDialog>
  );
}

/**
 * "Disassociate floating IP" on a server: Neutron's floating IPs on its ports (Nova's list
 * may lag), the one said, or a choice when there are several. Choosing sends it through the
 * screen (`onChoose`): the production guard asks there, the row shows the change.
 */
export function DisassociateFloatingIpDialog({ cloud, server, onChoose, onClose }: { cloud: string; server: Server; onChoose(fip: FloatingIp): void; onClose(): void }) {
  const { t } = useTranslation('servers');
  const ports = useAnswer('ports.list', { cloud, deviceId: server.id }, `${cloud}/${server.id}`);
  const fips = useAnswer('floatingIps.list', { cloud }, cloud);
  const on = useMemo(() => (ports.value && fips.value ? floatingIpsOf(fips.value, ports.value) : undefined), [ports.value, fips.value]);
  const [picked, setPicked] = useState<string | undefined>();
  const chosen = on?.length === 1 ? on[0] : on?.find((f) => f.id === picked);
  const error = ports.error ?? fips.error;
  return (
    <Modal
      title={t('fip.disassociateTitle', { name: server.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="button" className="button primary" disabled={!chosen} onClick={() => chosen && onChoose(chosen)}>
            {t('fip.disassociateSubmit')}
          </button>
        </>
      }
    >
      <ErrorBanner error={error} />
      {!on && !error && (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      )}
      {on?.length === 0 && <p className="banner warn">{t('fip.noneOnPorts')}</p>}
      {on?.length === 1 && <p>{t('fip.disassociateOne', { address: on[0]!.floatingIpAddress, fixed: on[0]!.fixedIpAddress ?? '', name: server.name })}</p>}
      {on && on.length > 1 && (
        <fieldset className="kit-stack kit-plain">
          <legend>{t('fip.which')}</legend>
          {on.map((f) => (
            <label key={f.id} className="kit-row">
              <input type="radio" name="srv-fip-off" checked={picked === f.id} onChange={() => setPicked(f.id)} />
              <span>{t('fip.onFixed', { address: f.floatingIpAddress, fixed: f.fixedIpAddress ?? '' })}</span>
            </label>
          ))}
          <p className="muted small">{t('fip.disassociateEffect')}</p>
        </fieldset>
      )}
    </Modal>
  );
}
