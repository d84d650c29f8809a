import { useMemo } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Subnet } from '../../../../../shared/domain/network.js';
import { supports } from '../../../../../shared/microversion.js';
import type { LaunchDraft, NetworkMode } from '../draft.js';
import { errorId, FieldError, useFeature, useFieldProps, useLaunchUi } from '../launch-context.js';
import { usableNetworks } from '../pickers.js';
import { NameCell, PickerTable } from '../PickerTable.js';
import { StepGate } from '../StepGate.js';

/** Ordered NICs: networks (with an optional fixed IPv4 or IPv6) and attached ports; or Nova's `auto` / `none`. */
export function NetworksStep() {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const { microversion } = useLaunchUi();
  const mode = useWatch({ control, name: 'networkMode' });
  // auto/none exist from 2.37; while the version is unknown main decides
  const autoNone = microversion === undefined || supports('server.networks.autoNone', microversion);
  const setMode = (m: NetworkMode) => setValue('networkMode', m, { shouldDirty: true, shouldTouch: true, shouldValidate: true });

  return (
    <div className="kit-stack launch-stack">
      <div role="radiogroup" aria-label={t('networks.mode')} className="segmented">
        {(['list', 'auto', 'none'] as const).map((m) => (
          <label key={m} className={mode === m ? 'on' : ''}>
            <input type="radio" name="networkMode" checked={mode === m} disabled={m !== 'list' && !autoNone} onChange={() => setMode(m)} />
            {t(`networks.modes.${m}`)}
          </label>
        ))}
      </div>
      {!autoNone && <p className="muted small">{t('networks.autoNoneVersion', { version: microversion })}</p>}
      {mode === 'auto' && <p className="muted">{t('networks.autoHelp')}</p>}
      {mode === 'none' && <p className="muted">{t('networks.noneHelp')}</p>}
      <FieldError path="networks" />
      {mode === 'list' && (
        <StepGate needs={['networks', 'subnets']}>
          <NetworkPicker />
        </StepGate>
      )}
    </div>
  );
}

function NetworkPicker() {
  const { t } = useTranslation('launch');
  const { control } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'networks' });
  const nics = useWatch({ control, name: 'networks' });
  const { usable, hidden } = useMemo(
    () => usableNetworks(lookups.networks?.data ?? [], lookups.subnets?.data ?? [], lookups.version?.data?.projectId),
    [lookups.networks?.data, lookups.subnets?.data, lookups.version?.data?.projectId],
  );
  const netById = new Map(usable.map((r) => [r.network.id, r]));
  const portById = new Map((lookups.ports?.data ?? []).map((p) => [p.id, p]));
  const allNets = new Map((lookups.networks?.data ?? []).map((n) => [n.id, n]));

  return (
    <>
      <section aria-labelledby="nics-title" className="kit-stack launch-stack">
        <h3 id="nics-title">{t('networks.selected', { n: fields.length })}</h3>
        {fields.length === 0 ? (
          <p className="muted">{t('networks.noneSelected')}</p>
        ) : (
          <ol className="kit-plain kit-stack nic-list">
            {fields.map((f, i) => {
              const nic = nics[i] ?? f;
              const row = nic.kind === 'network' ? netById.get(nic.id) : undefined;
              const port = nic.kind === 'port' ? portById.get(nic.id) : undefined;
              const label =
                nic.kind === 'network'
                  ? (row?.network.name ?? allNets.get(nic.id)?.name ?? nic.id)
                  : t('networks.portLabel', { name: port?.name || nic.id.slice(0, 8) });
              return (
                <li key={f.id} className="nic">
                  <NicRow
                    index={i}
                    label={label}
                    kind={nic.kind}
                    subnets={row?.subnets ?? []}
                    portIps={port?.fixedIps.map((x) => x.ipAddress) ?? []}
                    onUp={i > 0 ? () => move(i, i - 1) : undefined}
                    onDown={i < fields.length - 1 ? () => move(i, i + 1) : undefined}
                    onRemove={() => remove(i)}
                  />
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="available-nets" className="kit-stack launch-stack">
        <h3 id="available-nets">{t('networks.available')}</h3>
        {hidden > 0 && <p className="muted small">{t('networks.hidden', { count: hidden })}</p>}
        <PickerTable labelledBy="available-nets" actions headings={[t('table.name'), t('networks.subnets'), t('networks.shared'), t('networks.status')]}>
          {usable.map(({ network: n, subnets }) => {
            const times = nics.filter((x) => x.kind === 'network' && x.id === n.id).length;
            return (
              <tr key={n.id}>
                <NameCell>
                  {n.name || n.id}
                  {n.external && <span className="badge">{t('networks.external')}</span>}
                </NameCell>
                <td className="mono">{subnets.map((s) => s.cidr).join(', ')}</td>
                <td>{n.shared ? t('yes') : t('no')}</td>
                <td>{n.status}</td>
                <td className="actions">
                  {times > 0 && <span className="muted small">{t('networks.addedTimes', { n: times })} </span>}
                  <button
                    type="button"
                    className="button"
                    aria-label={t('networks.add', { name: n.name || n.id })}
                    onClick={() => append({ kind: 'network', id: n.id, v4FixedIp: '', v6FixedIp: '', tag: '' })}
                  >
                    {t('networks.addShort')}
                  </button>
                </td>
              </tr>
            );
          })}
        </PickerTable>
      </section>
    </>
  );
}

function NicRow(p: {
  index: number;
  label: string;
  kind: 'network' | 'port';
  subnets: Subnet[];
  portIps: string[];
  onUp: (() => void) | undefined;
  onDown: (() => void) | undefined;
  onRemove: () => void;
}) {
  const { t } = useTranslation('launch');
  const { register } = useFormContext<LaunchDraft>();
  const hasTag = useFeature('server.nic.tag');
  const i = p.index;
  const n = i + 1;
  const v4 = p.subnets.filter((s) => s.ipVersion === 4).map((s) => s.cidr);
  const v6 = p.subnets.filter((s) => s.ipVersion === 6).map((s) => s.cidr);
  // a NIC-level problem (both families, fixed IP with count > 1) is about both address fields
  const nicError = useLaunchUi().errorFor(`networks.${i}`);
  const ipHint = nicError ? `nic-${i}-rule ${errorId(`networks.${i}`)}` : `nic-${i}-rule`;
  const v4Props = { ...useFieldProps(`networks.${i}.v4FixedIp`, ipHint), ...(nicError ? { 'aria-invalid': true as const } : {}) };
  const v6Props = { ...useFieldProps(`networks.${i}.v6FixedIp`, ipHint), ...(nicError ? { 'aria-invalid': true as const } : {}) };
  const tagProps = useFieldProps(`networks.${i}.tag`);

  return (
    <div className="nic-row" role="group" aria-label={t('networks.nicLabel', { n, name: p.label })}>
      <div className="kit-row">
        <span className="muted small">{t('fieldItem.networks', { n })}</span>
        <strong>{p.label}</strong>
        <span className="kit-grow" />
        <button type="button" className="icon-button" aria-label={t('networks.up', { n })} disabled={!p.onUp} onClick={p.onUp}>
          ↑
        </button>
        <button type="button" className="icon-button" aria-label={t('networks.down', { n })} disabled={!p.onDown} onClick={p.onDown}>
          ↓
        </button>
        <button type="button" className="icon-button" aria-label={t('networks.remove', { n })} onClick={p.onRemove}>
          ×
        </button>
      </div>
      {p.kind === 'network' ? (
        <div className="kit-row nic-fields">
          <label className="kit-stack stacked muted small">
            <span>{t('field.v4FixedIp')}</span>
            <input
              type="text"
              className="mono"
              placeholder={v4[0] ?? t('networks.noV4')}
              aria-label={t('networks.v4For', { n })}
              {...v4Props}
              {...register(`networks.${i}.v4FixedIp`)}
            />
          </label>
          <label className="kit-stack stacked muted small">
            <span>{t('field.v6FixedIp')}</span>
            <input
              type="text"
              className="mono"
              placeholder={v6[0] ?? t('networks.noV6')}
              aria-label={t('networks.v6For', { n })}
              {...v6Props}
              {...register(`networks.${i}.v6FixedIp`)}
            />
          </label>
          {hasTag && (
            <label className="kit-stack stacked muted small">
              <span>{t('field.tag')}</span>
              <input type="text" aria-label={t('networks.tagFor', { n })} {...tagProps} {...register(`networks.${i}.tag`)} />
            </label>
          )}
          <div id={`nic-${i}-rule`} className="muted small nic-rule">
            {t('networks.fixedIpRule')}
          </div>
        </div>
      ) : (
        <div className="muted small mono">{p.portIps.join(', ') || t('networks.portNoIp')}</div>
      )}
      <FieldError path={`networks.${i}`} />
      <FieldError path={`networks.${i}.v4FixedIp`} />
      <FieldError path={`networks.${i}.v6FixedIp`} />
      <FieldError path={`networks.${i}.tag`} />
    </div>
  );
}
