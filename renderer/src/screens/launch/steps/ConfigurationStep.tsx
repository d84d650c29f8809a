import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { FieldError, fieldId, useFieldProps } from '../launch-context.js';
import { readFileBytes } from '../save-file.js';
import { encodedUserDataLength, readUserDataFile, USER_DATA_MAX_ENCODED } from '../userdata.js';

/** User data (typed or from a file, with the base64 size Nova counts), config drive, disk partitioning, admin password. */
export function ConfigurationStep() {
  const { t } = useTranslation('launch');
  const { register, setValue, control } = useFormContext<LaunchDraft>();
  const [text, base64, fileName] = useWatch({ control, name: ['userDataText', 'userDataBase64', 'userDataFileName'] });
  const size = encodedUserDataLength({ userDataText: text, userDataBase64: base64 });
  const over = size > USER_DATA_MAX_ENCODED;
  const udProps = useFieldProps('userDataText', 'ud-size');
  const passProps = useFieldProps('adminPass', 'pass-hint');
  const opts = { shouldDirty: true, shouldTouch: true, shouldValidate: true } as const;

  const load = async (file: File | undefined) => {
    if (!file) return;
    const content = readUserDataFile(await readFileBytes(file));
    // text stays editable; a binary file (gzip, MIME) is sent as its exact bytes
    setValue('userDataText', 'text' in content ? content.text : '', opts);
    setValue('userDataBase64', 'base64' in content ? content.base64 : '', opts);
    setValue('userDataFileName', file.name, opts);
  };
  const clear = () => {
    setValue('userDataText', '', opts);
    setValue('userDataBase64', '', opts);
    setValue('userDataFileName', '', opts);
  };

  return (
    <div className="kit-stack launch-stack">
      <div className="kit-stack launch-stack">
        <label htmlFor={fieldId('userDataText')}>{t('field.userDataText')}</label>
        {base64 ? (
          <p className="banner info small">{t('config.binaryFile', { name: fileName })}</p>
        ) : (
          <textarea className="mono kit-wide" rows={12} spellCheck={false} placeholder={'#cloud-config\npackages:\n  - htop'} {...udProps} {...register('userDataText')} />
        )}
        <div className="kit-row">
          <label className="button file-button">
            {t('config.loadFile')}
            <input type="file" className="visually-hidden" onChange={(e) => void load(e.target.files?.[0])} />
          </label>
          {(text || base64) && (
            <button type="button" className="button ghost" onClick={clear}>
              {t('config.clear')}
            </button>
          )}
          {fileName && <span className="muted small">{t('config.fromFile', { name: fileName })}</span>}
          <span className="kit-grow" />
          <span id="ud-size" className={over ? 'field-error' : 'muted small'} aria-live="polite">
            {t('config.size', { size: size.toLocaleString(), max: USER_DATA_MAX_ENCODED.toLocaleString() })}
          </span>
          <meter min={0} max={USER_DATA_MAX_ENCODED} high={USER_DATA_MAX_ENCODED * 0.9} value={Math.min(size, USER_DATA_MAX_ENCODED)} aria-label={t('config.sizeMeter')} />
        </div>
        <p className="muted small">{t('config.secretNote')}</p>
        <FieldError path="userDataText" />
      </div>

      <div className="launch-grid">
        <span />
        <label className="check">
          <input type="checkbox" {...register('configDrive')} />
          {t('field.configDrive')}
        </label>

        <label htmlFor={fieldId('diskConfig')}>{t('field.diskConfig')}</label>
        <div>
          <select id={fieldId('diskConfig')} {...register('diskConfig')}>
            <option value="">{t('config.diskDefault')}</option>
            <option value="AUTO">{t('config.diskAuto')}</option>
            <option value="MANUAL">{t('config.diskManual')}</option>
          </select>
        </div>

        <label htmlFor={fieldId('adminPass')}>{t('field.adminPass')}</label>
        <div>
          <input type="password" autoComplete="new-password" {...passProps} {...register('adminPass')} />
          <div id="pass-hint" className="muted small">
            {t('config.passHint')}
          </div>
          <FieldError path="adminPass" />
        </div>
      </div>
    </div>
  );
}
