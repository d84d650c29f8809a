import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../shared/errors.js';
import { errorDetail } from './error-text.js';

/**
 * A failure where it happened (a dialog, a drawer): the one error text, request id included,
 * after what failed when the place does not say it already. Nothing when there is no error.
 */
export function ErrorBanner({ error, what }: { error: SerializedError | string | undefined; what?: string | undefined }) {
  const { t } = useTranslation();
  if (error === undefined) return null;
  return (
    <p role="alert" className="banner danger">
      {what && `${what}: `}
      {typeof error === 'string' ? error : errorDetail(t, error)}
    </p>
  );
}
