import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_SLOTS, shortcutSlots } from '../../../../shared/profile-shortcuts.js';
import { cloudLabel, useClouds } from '../../stores/clouds.js';
import { FormField } from './FormField.js';
import type { ProfileFormValues } from './profile-form.js';

/** The Ctrl+n slot; each option names the cloud that holds it now, so a clash is visible before saving. */
export function ShortcutField({ register, error, profileId }: { register: UseFormRegister<ProfileFormValues>; error?: string | undefined; profileId?: string | undefined }) {
  const { t } = useTranslation('profiles');
  const profiles = useClouds((s) => s.profiles);
  const slots = shortcutSlots(profiles);
  const holder = (slot: number) => profiles.find((p) => p.id !== profileId && slots.get(p.id) === slot);
  return (
    <FormField label={t('field.shortcut')} error={error} hint={t('hint.shortcut')}>
      <select {...register('shortcut')}>
        <option value="">{t('shortcut.auto')}</option>
        {SHORTCUT_SLOTS.map((slot) => {
          const other = holder(slot);
          return (
            <option key={slot} value={String(slot)}>
              {other ? t('shortcut.slotTaken', { slot, cloud: cloudLabel(other) }) : t('shortcut.slot', { slot })}
            </option>
          );
        })}
      </select>
    </FormField>
  );
}
