import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloatingIp } from '../../../../shared/domain/floating-ip.js';
import type { Network } from '../../../../shared/domain/network.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { ResourceScreen } from '../../kit/ResourceScreen.js';
import { errorText } from '../../kit/error-text.js';
import { useClouds } from '../../stores/clouds.js';
import { notify } from '../../stores/notify.js';
import { AllocateDialog } from './AllocateDialog.js';
import { AssociateDialog } from './AssociateDialog.js';
import { FLOATING_IP_ACTIONS } from './floating-ip-actions.js';
import { fipStatusText, floatingIpColumns, ServerLink } from './floating-ip-columns.js';
import { allocate } from './floating-ip-ops.js';
import { externalChoice, FIP_FILTERS, fipView, isFloatingIpQuota, matchesFipFilter, type FipFilter } from './floating-ip-rules.js';
import { useFloatingIps } from './floating-ips-store.js';
import { useAnswer, useServerNames } from './use-answer.js';
import { useQuotaText } from './use-quota-text.js';

const NO_FIPS: FloatingIp[] = [];

/**
 * Floating IPs of the current cloud: address, pool, fixed IP, server (a link to its row),
 * port and status; Associated / Free as a toolbar toggle; allocate (the external network is
 * asked only when there are several), associate, disassociate, release.
 */
export function FloatingIpsScreen() {
  const { t } = useTranslation('floatingIps');
  const cloud = useClouds((s) => s.currentId) ?? '';
  const items = useFloatingIps((s) => s.lists[cloud]?.items) ?? NO_FIPS;
  const externals = useAnswer('networks.list', cloud ? { cloud, external: true } : undefined, cloud);
  const servers = useAnswer('servers.list', cloud ? { cloud } : undefined, cloud);
  const serverIds = useMemo(() => [...new Set(items.flatMap((f) => fipView(f, {}).serverId ?? []))], [items]);
  const serverNames = useServerNames(cloud, servers.value ?? (servers.error ? [] : undefined), serverIds);
  const networkNames = useMemo(() => Object.fromEntries((externals.value ?? []).map((n) => [n.id, n.name])), [externals.value]);
  const columns = useMemo(() => floatingIpColumns(t, { networkNames, serverNames }), [t, networkNames, serverNames]);
  const [filter, setFilter] = useState<FipFilter>('all');
  const rowFilter = useMemo(() => (filter === 'all' ? undefined : (f: FloatingIp) => matchesFipFilter(f, filter)), [filter]);
  const [picking, setPicking] = useState<{ cloud: string; networks: Network[] } | undefined>();

  return (
    <>
      <ResourceScreen<FloatingIp>
        ns="floatingIps"
        store={useFloatingIps}
        columns={columns}
        actions={FLOATING_IP_ACTIONS}
        nameOf={(f) => f.floatingIpAddress}
        rowFilter={rowFilter}
        empty={filter === 'all' ? undefined : t(filter === 'associated' ? 'emptyAssociated' : 'emptyFree')}
        toolbarStart={() => <ShowToggle value={filter} onChange={setFilter} />}
        toolbar={(c) => <AllocateButton cloud={c} networks={externals.value} onAsk={(networks) => setPicking({ cloud: c, networks })} />}
        tabs={(f) => [
          {
            id: 'overview',
            label: t('tab.overview'),
            render: () => <Overview f={f} networkNames={networkNames} serverNames={serverNames} />,
          },
        ]}
        dialogs={{ associate: ({ rows: [f], cloud: c, close }) => f && <AssociateDialog cloud={c} fip={f} onClose={close} /> }}
      />
      {picking && <AllocateDialog cloud={picking.cloud} networks={picking.networks} onClose={() => setPicking(undefined)} />}
    </>
  );
}

/** All / Associated / Free: a toolbar toggle over the loaded list. */
function ShowToggle({ value, onChange }: { value: FipFilter; onChange(f: FipFilter): void }) {
  const { t } = useTranslation('floatingIps');
  return (
    <div role="radiogroup" aria-label={t('show.label')} className="segmented">
      {FIP_FILTERS.map((f) => (
        <label key={f} className={value === f ? 'on' : ''}>
          <input type="radio" name="fip-show" checked={value === f} onChange={() => onChange(f)} />
          {t(`show.${f}`)}
        </label>
      ))}
    </div>
  );
}

/** With one external network, allocates from it at once; with several, asks which. */
function AllocateButton({ cloud, networks, onAsk }: { cloud: string; networks: Network[] | undefined; onAsk(networks: Network[]): void }) {
  const { t } = useTranslation('floatingIps');
  const [working, setWorking] = useState(false);
  const quotaText = useQuotaText(cloud);
  const choice = networks ? externalChoice(networks) : undefined;
  if (!choice || choice.kind === 'none')
    return (
      <button type="button" className="button primary" disabled title={choice ? t('allocate.noExternal') : undefined}>
        {t('allocate.open')}
      </button>
    );
  if (choice.kind === 'ask')
    return (
      <button type="button" className="button primary" onClick={() => onAsk(choice.options)}>
        {t('allocate.open')}
      </button>
    );
  const network = choice.value;
  const name = network.name || network.id;
  const run = async () => {
    setWorking(true);
    const r = await allocate(cloud, network.id);
    setWorking(false);
    if (r.ok) notify({ kind: 'success', title: t('allocate.done', { address: r.value.floatingIpAddress, network: name }) });
    else notify({ kind: 'error', title: t('allocate.failed'), detail: isFloatingIpQuota(r.error) ? await quotaText() : errorText(t, r.error) });
  };
  return (
    <button type="button" className="button primary" disabled={working} onClick={() => void run()}>
      {working ? t('allocate.working') : t('allocate.openFrom', { network: name })}
    </button>
  );
}

function Overview({ f, networkNames, serverNames }: { f: FloatingIp; networkNames: Record<string, string>; serverNames: Record<string, string | null> }) {
  const { t } = useTranslation('floatingIps');
  const v = fipView(f, networkNames);
  return (
    <dl className="kit-dl">
      <Field label={t('column.address')}>
        <span className="mono">{f.floatingIpAddress}</span>
      </Field>
      <Field label={t('column.pool')}>{v.pool}</Field>
      <Field label={t('column.status')}>{fipStatusText(t, f.status)}</Field>
      <Field label={t('column.server')}>{f.portId ? <ServerLink t={t} f={f} names={serverNames} /> : undefined}</Field>
      <Field label={t('column.fixedIp')}>{f.fixedIpAddress && <span className="mono">{f.fixedIpAddress}</span>}</Field>
      <Field label={t('column.port')}>{f.portId && <span className="mono">{f.portId}</span>}</Field>
      <Field label={t('field.portName')}>{f.port?.name || undefined}</Field>
      <Field label={t('field.router')}>{f.routerId && <span className="mono">{f.routerId}</span>}</Field>
      <Field label={t('column.description')}>{f.description || undefined}</Field>
      <Field label={t('field.project')}>{f.projectId && <span className="mono">{f.projectId}</span>}</Field>
      <Field label={t('column.id')}>
        <span className="mono">{f.id}</span>
      </Field>
    </dl>
  );
}
