import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, Port } from '../../../../shared/domain/network.js';
import type { ServerInterface } from '../../../../shared/domain/server-interface.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { InterfaceAttachRequest } from '../../../../shared/schemas/server-interface.js';
import type { ActionDef } from '../../kit/action-table.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { attachInterface, detachInterface } from './server-actions.js';
import type { ServerRow } from './server-rows.js';

interface Props {
  cloud: string;
  row: ServerRow;
  onClose(): void;
  /** the chosen attach or detach, through the production guard, then sent */
  proceed(action: ActionDef<ServerRow>): void;
}

/**
 * A server's interfaces as Nova lists them (`os-interface`), each detachable, and a form to
 * attach a network (optionally with its fixed IP) or one of the project's unbound ports.
 */
export function InterfacesDialog({ cloud, row, onClose, proceed }: Props) {
  const { t } = useTranslation('servers');
  const [nics, setNics] = useState<ServerInterface[] | undefined>();
  const [networks, setNetworks] = useState<Network[]>([]);
  const [freePorts, setFreePorts] = useState<Port[]>([]);
  const [error, setError] = useState<SerializedError | undefined>();
  const [kind, setKind] = useState<'network' | 'port'>('network');
  const [netId, setNetId] = useState('');
  const [fixedIp, setFixedIp] = useState('');
  const [portId, setPortId] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    void api.invoke('serverInterfaces.list', { cloud, serverId: row.server.id }).then((r) => live && (r.ok ? setNics(r.value) : setError(r.error)));
    void api.invoke('networks.list', { cloud }).then((r) => live && r.ok && setNetworks(r.value.filter((n) => !n.external)));
    // a port already bound to a device cannot be attached again
    void api.invoke('ports.list', { cloud }).then((r) => live && r.ok && setFreePorts(r.value.filter((p) => !p.deviceId)));
    return () => {
      live = false;
    };
  }, [cloud, row.server.id]);

  const netName = (id: string) => networks.find((n) => n.id === id)?.name ?? id;
  const ips = (x: { fixedIps: { ipAddress: string }[] }) => x.fixedIps.map((f) => f.ipAddress).join(', ');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const input = kind === 'network' ? { netId: netId || undefined, ...(fixedIp.trim() ? { fixedIp: fixedIp.trim() } : {}) } : { portId: portId || undefined };
    const parsed = InterfaceAttachRequest.safeParse(input);
    if (!parsed.success) {
      // the schema main applies, its problems on the fields they name
      setProblems(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'netId'), i.message])));
      return;
    }
    proceed(attachInterface(parsed.data));
  };

  return (
    <FormDialog
      wide
      title={t('interfaces.title', { name: row.server.name })}
      formId="srv-interfaces"
      submitLabel={t('interfaces.attach')}
      submitting={false}
      onSubmit={submit}
      onClose={onClose}
      error={error}
    >
      {!nics && !error && <p className="muted">{t('loading')}</p>}
      {nics && nics.length === 0 && <p className="muted">{t('interfaces.none')}</p>}
      {nics && nics.length > 0 && (
        <table className="kit-table" aria-label={t('interfaces.current')}>
          <thead>
            <tr>
              <th>{t('interfaces.network')}</th>
              <th>{t('interfaces.fixedIps')}</th>
              <th>{t('interfaces.mac')}</th>
              <th>{t('interfaces.state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {nics.map((n) => (
              <tr key={n.portId}>
                <td>{netName(n.networkId)}</td>
                <td className="mono">{ips(n)}</td>
                <td className="mono">{n.macAddress}</td>
                <td>{n.portState}</td>
                <td>
                  <button type="button" className="button" aria-label={t('interfaces.detachOne', { ips: ips(n) || n.portId })} onClick={() => proceed(detachInterface(n))}>
                    {t('interfaces.detach')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <fieldset className="kit-row">
        <legend>{t('interfaces.attachWhat')}</legend>
        <label className="kit-row">
          <input type="radio" name="nic-kind" checked={kind === 'network'} onChange={() => setKind('network')} />
          {t('interfaces.aNetwork')}
        </label>
        <label className="kit-row">
          <input type="radio" name="nic-kind" checked={kind === 'port'} onChange={() => setKind('port')} />
          {t('interfaces.aPort')}
        </label>
      </fieldset>
      {kind === 'network' ? (
        <>
          <FormField label={t('interfaces.network')} problem={problems.netId}>
            <select value={netId} onChange={(e) => setNetId(e.target.value)} aria-invalid={!!problems.netId}>
              <option value="">{t('interfaces.chooseNetwork')}</option>
              {networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name || n.id}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('interfaces.fixedIp')} problem={problems.fixedIp}>
            <input type="text" className="mono" value={fixedIp} onChange={(e) => setFixedIp(e.target.value)} aria-invalid={!!problems.fixedIp} />
          </FormField>
        </>
      ) : (
        <FormField label={t('interfaces.port')} problem={problems.portId ?? problems.netId}>
          <select value={portId} onChange={(e) => setPortId(e.target.value)}>
            <option value="">{t('interfaces.choosePort')}</option>
            {freePorts.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.name || p.id} · ${netName(p.networkId)} · ${ips(p)}`}
              </option>
            ))}
          </select>
        </FormField>
      )}
    </FormDialog>
  );
}
