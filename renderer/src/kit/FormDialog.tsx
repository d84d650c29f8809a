import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../shared/errors.js';
import { ErrorBanner } from './ErrorBanner.js';
import { Modal } from './Modal.js';

interface Props {
  title: string;
  description?: string | undefined;
  /** the form's id: the footer's submit button sits outside it */
  formId: string;
  submitLabel: string;
  submitting: boolean;
  onSubmit(e: React.FormEvent): void;
  onClose(): void;
  /** the cloud's refusal (or a local failure, already in words) */
  error?: SerializedError | string | undefined;
  wide?: boolean;
  /** replaces the form and its buttons once it is done (e.g. a result shown once) */
  done?: { body: ReactNode; footer: ReactNode } | undefined;
  children: ReactNode;
}

/** A create/import dialog: the form, the cloud's refusal under it, Cancel and the submit button. */
export function FormDialog({ title, description, formId, submitLabel, submitting, onSubmit, onClose, error, wide, done, children }: Props) {
  const { t } = useTranslation('kit');
  const footer = done?.footer ?? (
    <>
      <button type="button" className="button" onClick={onClose}>
        {t('common:actions.cancel')}
      </button>
      <button type="submit" form={formId} className="button primary" disabled={submitting}>
        {submitLabel}
      </button>
    </>
  );
  return (
    <Modal title={title} {...(done || !description ? {} : { description })} onClose={onClose} wide={wide} footer={footer}>
      {done ? (
        done.body
      ) : (
        <form id={formId} className="kit-stack kit-form" onSubmit={onSubmit} noValidate>
          {children}
          <ErrorBanner error={error} />
        </form>
      )}
    </Modal>
  );
}

/** A labelled field with its problem under it (react-hook-form's register() spread on the control). */
export function FormField({ label, problem, children }: { label: string; problem?: string | undefined; children: ReactNode }) {
  return (
    <>
      <label className="kit-stack kit-field">
        <span>{label}</span>
        {children}
      </label>
      {problem && <div className="field-error">{problem}</div>}
    </>
  );
}
