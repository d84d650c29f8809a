import { useTranslation } from 'react-i18next';
import { ROUTES, useRoute } from '../lib/routes.js';

export function Navigation() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      {ROUTES.map((r) => (
        <a key={r} href={`#/${r}`} aria-current={r === route ? 'page' : undefined} className="nav-link">
          {t(`nav.${r}`)}
        </a>
      ))}
    </nav>
  );
}
