import { useTranslation } from 'react-i18next';
import type { CloudState, CloudStatus } from '../../../shared/schemas/profile.js';

export function stateOf(status: CloudStatus | undefined): CloudState {
  return status?.state ?? 'unknown';
}

/** The dot's tone (theme.css); an unknown state keeps the faint dot. */
const TONE: Record<CloudState, string> = { connected: 'ok', needs_credentials: 'warn', offline: 'danger', unknown: '' };

/** A coloured dot plus text (colour alone would not tell everyone the state). */
export function CloudStatusDot({ status, withText = false }: { status: CloudStatus | undefined; withText?: boolean }) {
  const { t } = useTranslation();
  const state = stateOf(status);
  const text = t(`cloudState.${state}`);
  const title = status?.error ? `${text}: ${status.error.message}` : text;
  return (
    <span className={`status-dot-wrap ${TONE[state]}`} title={title}>
      <span className="status-dot" aria-hidden="true" />
      {withText ? <span className="status-text">{text}</span> : <span className="visually-hidden">{text}</span>}
    </span>
  );
}
