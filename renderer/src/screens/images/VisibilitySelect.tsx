import { useTranslation } from 'react-i18next';
import { IMAGE_VISIBILITIES, type ImageVisibility } from '../../../../shared/domain/image.js';
import { FormField } from '../../kit/FormDialog.js';

/** Glance's four visibilities, in the upload and edit dialogs. */
export function VisibilitySelect({ value, onChange }: { value: string; onChange(v: ImageVisibility): void }) {
  const { t } = useTranslation('images');
  return (
    <FormField label={t('field.visibility')}>
      <select value={value} onChange={(e) => onChange(e.target.value as ImageVisibility)}>
        {IMAGE_VISIBILITIES.map((v) => (
          <option key={v} value={v}>
            {t(`visibility.${v}`)}
          </option>
        ))}
      </select>
    </FormField>
  );
}
