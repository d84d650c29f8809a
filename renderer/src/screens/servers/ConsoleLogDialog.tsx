import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { downloadText } from '../../lib/download.js';
import { Modal } from '../../kit/Modal.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { FOLLOW_EVERY_MS, useFollow } from './use-follow.js';

const LINE_CHOICES = [50, 200, 1000] as const;

/** The server's console log (`os-getConsoleOutput`): the last lines, followed while open, downloadable. */
export function ConsoleLogDialog({ cloud, id, name, onClose }: { cloud: string; id: string; name: string; onClose(): void }) {
  const { t } = useTranslation('servers');
  const [lines, setLines] = useState<number>(200);
  const [text, setText] = useState<string | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    const r = await api.invoke('servers.consoleOutput', { cloud, id, lines });
    setLoading(false);
    if (r.ok) {
      setText(r.value);
      setError(undefined);
    } else setError(r.error);
  }, [cloud, id, lines]);

  useEffect(() => {
    void load();
  }, [load]);

  const view = useRef<HTMLPreElement>(null);
  const { following, pausedByScroll, setFollowing, onScroll } = useFollow(view, load, text);

  return (
    <Modal
      wide
      title={t('console.title', { name })}
      onClose={onClose}
      footer={
        <>
          <label className="kit-row">
            {t('console.lines')}
            <select value={lines} onChange={(e) => setLines(Number(e.target.value))}>
              {LINE_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label className="kit-row">
            <input type="checkbox" checked={following} onChange={(e) => setFollowing(e.target.checked)} />
            {t('console.follow')}
          </label>
          <span className="muted small" role="status">
            {following ? t('console.following', { seconds: FOLLOW_EVERY_MS / 1000 }) : pausedByScroll ? t('console.pausedByScroll') : ''}
          </span>
          <button type="button" className="button" onClick={() => void load()} disabled={loading}>
            {loading ? t('loading') : t('refresh')}
          </button>
          <button type="button" className="button" disabled={!text} onClick={() => text && downloadText(`${name}-console.log`, text, 'text/plain')}>
            {t('console.download')}
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            {t('close')}
          </button>
        </>
      }
    >
      <ErrorBanner error={error} />
      {text !== undefined && !error && (
        <pre ref={view} onScroll={onScroll} className="kit-pre srv-console" aria-label={t('console.output')} tabIndex={0}>
          {text || t('console.empty')}
        </pre>
      )}
      {text === undefined && !error && <p className="muted">{t('loading')}</p>}
    </Modal>
  );
}
