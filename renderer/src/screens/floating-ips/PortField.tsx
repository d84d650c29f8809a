import { useTranslation } from 'react-i18next';
import { FormField } from '../../kit/FormDialog.js';
import type { PortChoice, PortTarget } from './floating-ip-rules.js';

export const targetKey = (t: PortTarget) => `${t.portId}/${t.fixedIp}`;

/**
 * The server's port for a floating IP: nothing asked when it has one address to point at
 * (that one is said), a choice of network and fixed IP when it has several, the reason when
 * it has none.
 */
export function PortField({ ports, value, onChange, problem }: { ports: PortChoice | undefined; value: string; onChange(key: string): void; problem?: string | undefined }) {
  const { t } = useTranslation('floatingIps');
  if (!ports) return <p className="muted">{t('associate.loadingPorts')}</p>;
  const c = ports.choice;
  if (c.kind === 'none') return <p className="banner warn">{t(`noTarget.${ports.none ?? 'noPorts'}`)}</p>;
  if (c.kind === 'one')
    return (
      <p className="muted" role="status">
        {t('associate.onlyPort', { network: c.value.networkName, fixed: c.value.fixedIp })}
      </p>
    );
  return (
    <FormField label={t('associate.port')} problem={problem}>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!problem}>
        <option value="">{t('associate.choosePort')}</option>
        {c.options.map((o) => (
          <option key={targetKey(o)} value={targetKey(o)}>
            {t('portOption', { network: o.networkName, fixed: o.fixedIp })}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** The target the user chose, or the only one. */
export function chosenTarget(ports: PortChoice | undefined, key: string): PortTarget | undefined {
  const c = ports?.choice;
  if (!c || c.kind === 'none') return undefined;
  if (c.kind === 'one') return c.value;
  return c.options.find((o) => targetKey(o) === key);
}
