import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Port } from '../../../../shared/domain/network.js';
import type { SecurityGroup } from '../../../../shared/domain/security-group.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { Modal } from '../../kit/Modal.js';

interface Props {
  cloud: string;
  id: string;
  name: string;
  onClose(): void;
}

/**
 * The server's security groups, per port, and adding or removing one on a port. Through
 * Neutron (`PUT /ports/{id}` with the port's whole list), as Horizon edits them: Nova's
 * addSecurityGroup/removeSecurityGroup change every port of the server at once, and a server
 * with a public and a private interface rarely wants the same groups on both.
 */
export function PortGroupsDialog({ cloud, id, name, onClose }: Props) {
  const { t } = useTranslation('servers');
  const [ports, setPorts] = useState<Port[] | undefined>();
  const [groups, setGroups] = useState<SecurityGroup[]>([]);
  const [error, setError] = useState<SerializedError | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    void Promise.all([api.invoke('ports.list', { cloud, deviceId: id }), api.invoke('securityGroups.list', { cloud })]).then(([p, g]) => {
      if (!live) return;
      if (p.ok) setPorts(p.value);
      else setError(p.error);
      if (g.ok) setGroups(g.value);
      else setError(g.error);
    });
    return () => {
      live = false;
    };
  }, [cloud, id]);

  const setPortGroups = async (port: Port, securityGroupIds: string[]) => {
    setError(undefined);
    setBusy(port.id);
    const r = await api.invoke('ports.setSecurityGroups', { cloud, id: port.id, securityGroupIds });
    setBusy(undefined);
    if (!r.ok) return setError(r.error);
    setPorts((all) => all?.map((x) => (x.id === r.value.id ? r.value : x)));
  };
  const nameOf = (gid: string) => groups.find((g) => g.id === gid)?.name ?? gid;

  return (
    <Modal
      wide
      title={t('portGroups.title', { name })}
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      }
    >
      {ports === undefined && !error && <p role="status">{t('common:actions.loading')}</p>}
      {ports?.length === 0 && <p className="muted">{t('portGroups.noPorts')}</p>}
      <div className="kit-stack">
        {ports?.map((port) => (
          <PortSection
            key={port.id}
            port={port}
            groups={groups}
            nameOf={nameOf}
            busy={busy === port.id}
            onSet={(ids) => void setPortGroups(port, ids)}
          />
        ))}
      </div>
      <ErrorBanner error={error} />
    </Modal>
  );
}

/** A port's address and the name Neutron gives it: how the user tells the server's ports apart. */
export const portLabel = (p: Port) => [p.fixedIps.map((f) => f.ipAddress).join(', ') || p.macAddress, p.name].filter(Boolean).join(' · ');

function PortSection({ port, groups, nameOf, busy, onSet }: { port: Port; groups: SecurityGroup[]; nameOf(id: string): string; busy: boolean; onSet(ids: string[]): void }) {
  const { t } = useTranslation('servers');
  const label = portLabel(port);
  const addable = groups.filter((g) => !port.securityGroupIds.includes(g.id));
  const [pick, setPick] = useState('');
  const chosen = addable.some((g) => g.id === pick) ? pick : (addable[0]?.id ?? '');
  // Neutron refuses groups on a port whose port security is off
  const closed = port.portSecurityEnabled === false;
  return (
    <section className="kit-panel kit-stack port-groups" aria-label={t('portGroups.port', { port: label })}>
      <h3 className="kit-title">{t('portGroups.port', { port: label })}</h3>
      {closed && <p className="banner info">{t('portGroups.portSecurityOff')}</p>}
      {port.securityGroupIds.length === 0 && <p className="muted">{t('portGroups.none')}</p>}
      <ul className="kit-plain kit-stack" aria-label={t('portGroups.groups')}>
        {port.securityGroupIds.map((gid) => (
          <li key={gid} className="kit-row">
            <span className="kit-grow">{nameOf(gid)}</span>
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={t('portGroups.removeFrom', { group: nameOf(gid), port: label })}
              onClick={() => onSet(port.securityGroupIds.filter((x) => x !== gid))}
            >
              {t('portGroups.remove')}
            </button>
          </li>
        ))}
      </ul>
      {!closed && addable.length > 0 && (
        <div className="kit-row">
          <label className="kit-row">
            <span>{t('portGroups.add')}</span>
            <select value={chosen} onChange={(e) => setPick(e.target.value)}>
              {addable.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button primary"
            disabled={busy || !chosen}
            aria-label={t('portGroups.addTo', { port: label })}
            onClick={() => onSet([...port.securityGroupIds, chosen])}
          >
            {t('portGroups.addButton')}
          </button>
        </div>
      )}
    </section>
  );
}
