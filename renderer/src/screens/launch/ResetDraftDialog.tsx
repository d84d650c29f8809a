import { useTranslation } from 'react-i18next';
import { Modal } from '../../kit/Modal.js';

/** The app's own confirmation (focus kept inside, Escape cancels), not the browser's `confirm()`. */
export function ResetDraftDialog({ onReset, onClose }: { onReset(): void; onClose(): void }) {
  const { t } = useTranslation('launch');
  return (
    <Modal
      title={t('resetTitle')}
      description={t('resetConfirm')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="button danger solid" onClick={onReset}>
            {t('resetConfirmButton')}
          </button>
        </>
      }
    >
      {null}
    </Modal>
  );
}
