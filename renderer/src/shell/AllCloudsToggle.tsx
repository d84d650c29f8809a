import { useTranslation } from 'react-i18next';
import { useClouds } from '../stores/clouds.js';

/** Show every cloud's servers in one list (each row names its cloud). */
export function AllCloudsToggle() {
  const { t } = useTranslation();
  const allClouds = useClouds((s) => s.allClouds);
  const setAllClouds = useClouds((s) => s.setAllClouds);
  return (
    <label className="switch" title={t('cloud.allCloudsHint')}>
      <input type="checkbox" role="switch" checked={allClouds} onChange={(e) => setAllClouds(e.target.checked)} />
      <span>{t('cloud.allClouds')}</span>
    </label>
  );
}
