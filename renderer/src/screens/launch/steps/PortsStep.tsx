import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { useLaunchUi } from '../launch-context.js';
import { freePorts } from '../pickers.js';
import { NameCell, PickerTable } from '../PickerTable.js';
import { StepGate } from '../StepGate.js';

/** Existing ports join the same ordered NIC list as networks (shown in the Networks step). */
export function PortsStep() {
  const { t } = useTranslation('launch');
  const { control } = useFormContext<LaunchDraft>();
  const mode = useWatch({ control, name: 'networkMode' });
  if (mode !== 'list') return <p className="muted">{t('ports.modeNotList', { mode: t(`networks.modes.${mode}`) })}</p>;
  return (
    <StepGate needs={['ports']}>
      <PortTable />
    </StepGate>
  );
}

function PortTable() {
  const { t } = useTranslation('launch');
  const { control } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const { append, remove } = useFieldArray({ control, name: 'networks' });
  const nics = useWatch({ control, name: 'networks' });
  const nets = new Map((lookups.networks?.data ?? []).map((n) => [n.id, n.name]));
  const ports = freePorts(lookups.ports?.data ?? [], lookups.version?.data?.projectId);

  if (ports.length === 0) return <p className="muted">{t('ports.none')}</p>;
  return (
    <div className="kit-stack launch-stack">
      <p className="muted small">{t('ports.help')}</p>
      <PickerTable label={t('step.ports')} actions headings={[t('table.name'), t('ports.network'), t('ports.ips'), t('ports.mac'), t('networks.status')]}>
        {ports.map((p) => {
          const at = nics.findIndex((n) => n.kind === 'port' && n.id === p.id);
          const name = p.name || p.id;
          return (
            <tr key={p.id} className={at >= 0 ? 'selected' : undefined}>
              <NameCell>{name}</NameCell>
              <td>{nets.get(p.networkId) ?? p.networkId}</td>
              <td className="mono">{p.fixedIps.map((f) => f.ipAddress).join(', ')}</td>
              <td className="mono">{p.macAddress}</td>
              <td>{p.status}</td>
              <td className="actions">
                {at >= 0 ? (
                  <>
                    <span className="muted small">{t('ports.asNic', { n: at + 1 })} </span>
                    <button type="button" className="button" aria-label={t('ports.detach', { name })} onClick={() => remove(at)}>
                      {t('ports.detachShort')}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={t('ports.attach', { name })}
                    onClick={() => append({ kind: 'port', id: p.id, v4FixedIp: '', v6FixedIp: '', tag: '' })}
                  >
                    {t('ports.attachShort')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </PickerTable>
    </div>
  );
}
