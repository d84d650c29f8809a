import { useTranslation } from 'react-i18next';
import { CONSOLE_LINK_FRESH_MS, openConsoleLink, useConsoleNotes, type ConsoleNote } from './console-opened.js';
import { useServerIntent } from './server-intent.js';

/**
 * One line per console opened from this screen: until when its link works, or, where the
 * browser blocked the window, a button that opens it with a fresh click (a new console once
 * the host's one-time link has gone stale).
 */
export function ConsoleNotes() {
  const { t, i18n } = useTranslation('servers');
  const notes = useConsoleNotes((s) => s.notes);
  if (notes.length === 0) return null;
  const time = (ms: number) => new Date(ms).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <ul className="kit-plain kit-stack" aria-label={t('remoteConsole.notes')}>
      {notes.map((n) => (
        <li key={n.key} className={`banner ${n.blockedLink ? 'warn' : 'info'} kit-row`}>
          <span role="status" className="kit-grow">
            {n.blockedLink ? t('remoteConsole.blocked', { server: n.server }) : t('remoteConsole.opened', { server: n.server, until: time(n.until) })}
          </span>
          {n.blockedLink && (
            <button type="button" className="button primary" onClick={() => reopen(n)}>
              {t('action.console')}
            </button>
          )}
          <button type="button" className="button ghost" onClick={() => useConsoleNotes.getState().dismiss(n.key)}>
            {t('remoteConsole.dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function reopen(n: ConsoleNote): void {
  const fresh = n.blockedLink && n.linkAt !== undefined && Date.now() - n.linkAt < CONSOLE_LINK_FRESH_MS;
  if (fresh && openConsoleLink(n.blockedLink!, n.serverId)) {
    useConsoleNotes.getState().add({ key: n.key, cloud: n.cloud, serverId: n.serverId, server: n.server, until: n.until });
    return;
  }
  // the host's link is spent or stale: ask for a new console, as the row menu would
  useServerIntent.getState().ask({ cloud: n.cloud, id: n.serverId, action: 'console' });
}
