import { useTranslation } from 'react-i18next';
import type { KvRow, MetadataProblem } from './metadata-rows.js';

/** Key = value rows, controlled: the dialog keeps them and checks them with `toMetadata`. */
export function MetadataRows({ rows, onChange, problem }: { rows: KvRow[]; onChange(rows: KvRow[]): void; problem?: MetadataProblem | undefined }) {
  const { t } = useTranslation('servers');
  const set = (i: number, change: Partial<KvRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <div className="kit-stack">
      {rows.length > 0 && (
        <table className="srv-kv-table">
          <thead>
            <tr>
              <th scope="col">{t('kv.key')}</th>
              <th scope="col">{t('kv.value')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('kv.remove', { n: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>
                  <input className="mono" aria-label={t('kv.keyOf', { n: i + 1 })} value={r.key} maxLength={255} onChange={(e) => set(i, { key: e.target.value })} aria-invalid={problem?.row === i} />
                </td>
                <td>
                  <input className="mono" aria-label={t('kv.valueOf', { n: i + 1 })} value={r.value} maxLength={255} onChange={(e) => set(i, { value: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="icon-button" aria-label={t('kv.remove', { n: i + 1 })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problem && <div className="field-error">{t(`kv.${problem.problem}`, { n: problem.row + 1 })}</div>}
      <div>
        <button type="button" className="button" onClick={() => onChange([...rows, { key: '', value: '' }])}>
          {t('kv.add')}
        </button>
      </div>
    </div>
  );
}
