import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { ruleLine, type RuleRow } from './rule-rows.js';

interface Props {
  cloud: string;
  rows: readonly RuleRow[];
  /** a rule was deleted: re-read the group */
  onChanged(): void;
}

/** The group's rules, one a line, each with its delete button. */
export function RulesTable({ cloud, rows, onChanged }: Props) {
  const { t } = useTranslation('securityGroups');
  const [error, setError] = useState<SerializedError | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const words = { any: t('rule.any'), allPorts: t('rule.allPorts') };

  const remove = async (row: RuleRow) => {
    setError(undefined);
    setBusy(row.id);
    const r = await api.invoke('securityGroups.deleteRule', { cloud, id: row.id });
    setBusy(undefined);
    if (!r.ok) return setError(r.error);
    onChanged();
  };

  if (rows.length === 0) return <p className="muted">{t('rule.none')}</p>;
  return (
    <>
      <table className="sg-rules" aria-label={t('rule.tableLabel')}>
        <thead>
          <tr>
            <th>{t('rule.direction')}</th>
            <th>{t('rule.ethertype')}</th>
            <th>{t('rule.protocol')}</th>
            <th>{t('rule.ports')}</th>
            <th>{t('rule.remote')}</th>
            <th>
              <span className="visually-hidden">{t('rule.delete')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} title={row.description || undefined}>
              <td>{t(`direction.${row.direction}`)}</td>
              <td>{row.ethertype}</td>
              <td>{row.protocol ?? <span className="muted">{words.any}</span>}</td>
              <td>{row.ports ?? <span className="muted">{words.allPorts}</span>}</td>
              <td className="sg-remote">
                {row.remote.kind === 'group' ? (
                  t('rule.fromGroup', { name: row.remote.name ?? row.remote.id })
                ) : (
                  <span className="mono">{row.remote.cidr}</span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button danger"
                  disabled={busy === row.id}
                  aria-label={t('rule.deleteOne', { rule: ruleLine(row, words) })}
                  onClick={() => void remove(row)}
                >
                  {t('rule.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBanner error={error} what={t('rule.deleteFailed')} />
    </>
  );
}
