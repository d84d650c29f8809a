import { useTranslation } from 'react-i18next';

/** A resource screen before any cloud profile exists: its title, and the way to add one. */
export function NoCloud({ ns }: { ns: string }) {
  const { t } = useTranslation([ns, 'kit']);
  return (
    <section className="kit-screen kit-stack" aria-labelledby={`${ns}-title`}>
      <h1 id={`${ns}-title`} className="kit-title">
        {t('title')}
      </h1>
      <p className="kit-empty">
        {t('kit:noCloud')} <a href="#/profiles">{t('kit:addProfile')}</a>
      </p>
    </section>
  );
}
