import { useTranslation } from 'react-i18next';
import { neededVersion, supports, type ComputeFeature } from '../../../../shared/microversion.js';

/**
 * Whether a dialog offers a version-dependent field: yes while the cloud's version is not
 * known yet (main refuses it then, naming the field), else as `COMPUTE_FEATURES` says.
 */
export const offers = (feature: ComputeFeature, version: string | undefined) => version === undefined || supports(feature, version);

/** Said where a field is left out because the cloud's compute API is too old (or too new) for it. */
export function FeatureNote({ feature, version, what }: { feature: ComputeFeature; version: string | undefined; what: string }) {
  const { t } = useTranslation('servers');
  if (offers(feature, version)) return null;
  return <p className="muted small">{t('dialog.needs', { what, version: neededVersion(feature, 'symbols'), have: version })}</p>;
}
