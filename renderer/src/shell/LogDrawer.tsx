import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../../../shared/log.js';
import { cloudLabel, useClouds } from '../stores/clouds.js';
import { useUi } from '../stores/ui.js';
import { useLog } from './log-store.js';

/** The log's row height, in one place: the virtualizer reads it, and shell.css's .log-row through --log-row-h. */
const ROW_HEIGHT = 26;

/** The status cell's tone (theme.css): 2xx ok, 3xx info, 4xx warn, 5xx and no answer danger. */
function statusTone(e: LogEntry): string {
  if (e.error || e.status === undefined || e.status >= 500) return 'danger';
  if (e.status >= 400) return 'warn';
  return e.status >= 300 ? 'info' : 'ok';
}

function time(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleTimeString(undefined, { hour12: false });
}

/**
 * The request log (redacted in main): every HTTP request the app made, newest at the bottom.
 * Rows are virtualised: a long session holds thousands.
 */
export function LogDrawer() {
  const { t } = useTranslation();
  const entries = useLog((s) => s.entries);
  const clear = useLog((s) => s.clear);
  const profiles = useClouds((s) => s.profiles);
  const setLogOpen = useUi((s) => s.setLogOpen);
  const [cloud, setCloud] = useState('');
  const [failedOnly, setFailedOnly] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  const names = useMemo(() => new Map(profiles.map((p) => [p.id, cloudLabel(p)])), [profiles]);
  const shown = useMemo(
    () => entries.filter((e) => (!cloud || e.cloud === cloud) && (!failedOnly || e.error || (e.status ?? 0) >= 400 || e.status === undefined)),
    [entries, cloud, failedOnly],
  );

  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // follow new entries while the user is at the bottom; stay put once they scroll up
  useEffect(() => {
    if (stick.current && shown.length > 0) virtual.scrollToIndex(shown.length - 1, { align: 'end' });
  }, [shown.length, virtual]);

  return (
    <aside className="log-drawer" aria-label={t('log.title')}>
      <div className="kit-row log-toolbar">
        <h2 className="log-title">{t('log.title')}</h2>
        <label>
          {t('log.filterCloud')}{' '}
          <select value={cloud} onChange={(e) => setCloud(e.target.value)}>
            <option value="">{t('log.allClouds')}</option>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {cloudLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={failedOnly} onChange={(e) => setFailedOnly(e.target.checked)} />
          {t('log.failedOnly')}
        </label>
        <span className="muted" aria-live="polite">
          {t('log.count', { count: shown.length })}
        </span>
        <span className="kit-grow" />
        <button type="button" className="button" onClick={() => void clear().catch(() => {})}>
          {t('log.clear')}
        </button>
        <button type="button" className="icon-button" aria-label={t('log.close')} onClick={() => setLogOpen(false)}>
          ×
        </button>
      </div>
      <div role="table" aria-label={t('log.tableLabel')} aria-rowcount={shown.length + 1} className="log-table" style={{ '--log-row-h': `${ROW_HEIGHT}px` } as React.CSSProperties}>
        <div role="rowgroup" className="log-head">
          <div role="row" aria-rowindex={1} className="log-row">
            <span role="columnheader">{t('log.col.time')}</span>
            <span role="columnheader">{t('log.col.cloud')}</span>
            <span role="columnheader">{t('log.col.method')}</span>
            <span role="columnheader">{t('log.col.url')}</span>
            <span role="columnheader">{t('log.col.status')}</span>
            <span role="columnheader">{t('log.col.elapsed')}</span>
            <span role="columnheader">{t('log.col.requestId')}</span>
          </div>
        </div>
        <div
          ref={scrollRef}
          role="rowgroup"
          className="log-body"
          tabIndex={0}
          aria-label={t('log.rowsLabel')}
          onScroll={(e) => {
            const el = e.currentTarget;
            stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < ROW_HEIGHT * 2;
          }}
        >
          {shown.length === 0 && <p className="muted log-empty">{t('log.empty')}</p>}
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((item) => {
              const e = shown[item.index]!;
              return (
                <div
                  key={e.seq}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="log-row"
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  <span role="cell" className="mono">{time(e.at)}</span>
                  <span role="cell" className="ellipsis">{e.cloud ? (names.get(e.cloud) ?? e.cloud) : '—'}</span>
                  <span role="cell" className="mono">{e.method}</span>
                  <span role="cell" className="mono ellipsis" title={e.url}>
                    {e.url}
                  </span>
                  <span role="cell" className={`mono toned ${statusTone(e)}`} title={e.error}>
                    {e.status ?? (e.error ? t('log.noStatus') : '…')}
                    {e.attempt > 1 ? ` ×${e.attempt}` : ''}
                  </span>
                  <span role="cell" className="mono num">
                    {t('log.ms', { ms: Math.round(e.elapsedMs) })}
                  </span>
                  <span role="cell" className="mono ellipsis" title={e.requestId}>
                    {e.requestId ?? '—'}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </aside>
  );
}
