import { useTranslation } from 'react-i18next';
import type { SecretStorageInfo, StoreProblem } from '../../../../shared/schemas/profile.js';
import { secretNoticeText } from './main-messages.js';

/** Problems of the profile store (a corrupt file moved aside, a newer version) and the secret storage notice. */
export function StoreBanners({ problems, secretStorage }: { problems: StoreProblem[]; secretStorage?: SecretStorageInfo }) {
  const { t } = useTranslation('profiles');
  return (
    <>
      {problems.length > 0 && (
        <div className="banner danger" role="alert" aria-labelledby="store-problems-title">
          <strong id="store-problems-title">{t('problems.title')}</strong>
          <ul className="banner-list">
            {problems.map((p, i) => (
              <li key={i}>
                <span className="badge danger">{t(`problems.kind.${p.kind}`)}</span> {p.message}{' '}
                <span className="mono muted">{p.file}</span>
                {p.movedTo && <span className="muted"> · {t('problems.movedTo', { file: p.movedTo })}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {secretStorage && !secretStorage.persistent && (
        <div className="banner warn" role="status">
          <strong>{t('secret.runOnly')}</strong>
          {secretStorage.notice && <div className="muted">{secretNoticeText(t, secretStorage.notice)}</div>}
        </div>
      )}
    </>
  );
}
