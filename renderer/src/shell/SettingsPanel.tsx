import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/index.js';
import { useUi, type Theme } from '../stores/ui.js';
import { Modal } from '../kit/Modal.js';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };
const THEMES: Theme[] = ['light', 'dark'];

export function SettingsPanel() {
  const { t } = useTranslation();
  const { theme, language, setTheme, setLanguage, setSettingsOpen } = useUi();
  const close = () => setSettingsOpen(false);
  return (
    <Modal
      title={t('settings.title')}
      onClose={close}
      footer={
        <button type="button" className="button" onClick={close}>
          {t('actions.close')}
        </button>
      }
    >
      <fieldset className="radio-group">
        <legend>{t('settings.language')}</legend>
        {LANGUAGES.map((l) => (
          <label key={l} lang={l}>
            <input type="radio" name="language" value={l} checked={language === l} onChange={() => setLanguage(l)} />
            {LANGUAGE_NAMES[l]}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-group">
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((th) => (
          <label key={th}>
            <input type="radio" name="theme" value={th} checked={theme === th} onChange={() => setTheme(th)} />
            {t(`theme.${th}`)}
          </label>
        ))}
      </fieldset>
    </Modal>
  );
}
