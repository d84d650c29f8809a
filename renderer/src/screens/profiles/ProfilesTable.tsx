import { useTranslation } from 'react-i18next';
import type { CloudStatus, ProfileView } from '../../../../shared/schemas/profile.js';
import { CloudStatusDot } from '../../kit/CloudStatusDot.js';

export type RowAction = 'edit' | 'test' | 'secret' | 'export' | 'delete';

interface ProfilesTableProps {
  profiles: ProfileView[];
  statuses: Record<string, CloudStatus>;
  currentId: string | undefined;
  onAction(action: RowAction, p: ProfileView): void;
}

const ACTIONS: RowAction[] = ['test', 'edit', 'secret', 'delete'];

export function ProfilesTable({ profiles, statuses, currentId, onAction }: ProfilesTableProps) {
  const { t } = useTranslation('profiles');
  return (
    <div className="table-scroll">
      <table className="data profiles-table">
        <caption className="visually-hidden">{t('title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.label')}</th>
            <th scope="col">{t('col.authType')}</th>
            <th scope="col">{t('col.authUrl')}</th>
            <th scope="col">{t('col.region')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.secret')}</th>
            <th scope="col">{t('col.production')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {profiles.map((p) => (
            <tr key={p.id} aria-current={p.id === currentId ? 'true' : undefined}>
              <th scope="row" className="profile-name">
                {p.name}
              </th>
              <td>
                <span className="cloud-swatch" style={{ background: p.colour }} aria-hidden="true" />{' '}
                {p.label || <span className="muted">—</span>}
              </td>
              <td>{t(`authType.${p.auth.type}`)}</td>
              <td className="mono ellipsis auth-url" title={p.auth.authUrl}>
                {p.auth.authUrl}
              </td>
              <td>{p.region ?? <span className="muted">—</span>}</td>
              <td>
                <CloudStatusDot status={statuses[p.id]} withText />
              </td>
              <td>{p.hasSecret ? <span className="badge ok">{t('secret.stored')}</span> : <span className="badge warn">{t('secret.missing')}</span>}</td>
              <td>{p.production ? <span className="badge danger">{t('production')}</span> : <span className="muted">—</span>}</td>
              <td className="row-actions">
                {ACTIONS.map((a) => (
                  <button
                    key={a}
                    type="button"
                    className={a === 'delete' ? 'button ghost kit-danger' : 'button ghost'}
                    aria-label={t(`row.${a}`, { name: p.name })}
                    onClick={() => onAction(a, p)}
                  >
                    {t(a === 'test' ? 'actions.testShort' : `actions.${a}`)}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
