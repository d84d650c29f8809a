import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { Modal } from '../../kit/Modal.js';
import { ImageSelect } from './ImageSelect.js';
import { useRescuePassword } from './rescue-password.js';
import { rescueFrom } from './server-actions.js';
import type { ServerDialogProps } from './server-dialog.js';

/** Rescue: boot the server from a rescue image, its own by default; Nova makes the admin password. */
export function RescueDialog({ rows: [row], cloud, close, proceed }: ServerDialogProps) {
  const { t } = useTranslation('servers');
  const [image, setImage] = useState('');
  const server = row!.server;
  return (
    <FormDialog
      title={t('rescue.title', { name: server.name })}
      description={t('rescue.description')}
      formId="srv-rescue"
      submitLabel={t('action.rescue')}
      submitting={false}
      onSubmit={(e) => {
        e.preventDefault();
        proceed(rescueFrom(image || undefined));
      }}
      onClose={close}
    >
      <ImageSelect cloud={cloud} label={t('rescue.image')} first={t('rescue.ownImage')} value={image} onChange={setImage} />
    </FormDialog>
  );
}

/** The rescue's admin password, shown once: closing forgets it. */
export function RescuePasswordDialog() {
  const { t } = useTranslation('servers');
  const shown = useRescuePassword((s) => s.shown);
  if (!shown) return null;
  const forget = () => useRescuePassword.getState().forget();
  return (
    <Modal
      title={t('rescue.passwordTitle', { name: shown.server })}
      onClose={forget}
      footer={
        <button type="button" className="button primary" onClick={forget}>
          {t('rescue.done')}
        </button>
      }
    >
      <div className="kit-stack kit-form">
        <p className="banner warn">{t('rescue.once')}</p>
        <FormField label={t('rescue.password')}>
          <input type="text" className="mono" readOnly value={shown.password} data-autofocus onFocus={(e) => e.currentTarget.select()} />
        </FormField>
        <div>
          <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(shown.password)}>
            {t('common:actions.copy')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
