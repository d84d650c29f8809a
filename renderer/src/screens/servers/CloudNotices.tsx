import { useTranslation } from 'react-i18next';
import type { CloudStatus } from '../../../../shared/schemas/profile.js';
import type { Server } from '../../../../shared/domain/server.js';
import type { ResourceList } from '../../kit/list-store.js';
import { errorDetail } from '../../kit/error-text.js';
import { formatAge, formatTime, isUnreachable } from './format.js';
import type { ListFilters } from './server-filters.js';

interface Props {
  clouds: ReadonlyArray<{ id: string; name: string }>;
  lists: Record<string, ResourceList<Server, ListFilters>>;
  statuses: Record<string, CloudStatus>;
  now: number;
  /** the filters the user asked for: a list answering others was not refreshed with them */
  filterKey: string;
  onRetry(cloud: string): void;
}

/**
 * One line per cloud that needs saying something: unreachable with an older list on screen
 * (the offline banner, with the list's time), failing with nothing to show, or still loading.
 * A failing cloud never hides the others' rows.
 */
export function CloudNotices({ clouds, lists, statuses, now, filterKey, onRetry }: Props) {
  const { t, i18n } = useTranslation('servers');
  const notes = clouds.flatMap(({ id, name }) => {
    const list = lists[id];
    const offline = statuses[id]?.state === 'offline';
    const error = list?.error ?? (offline ? statuses[id]?.error : undefined);
    const retry = (
      <button type="button" className="button ghost" onClick={() => onRetry(id)} aria-label={t('notice.retryCloud', { cloud: name })}>
        {t('notice.retry')}
      </button>
    );
    if (list?.fetchedAt && (error || offline)) {
      const since = { time: formatTime(list.fetchedAt, i18n.language), age: formatAge(t, Date.parse(list.fetchedAt), now) };
      const stale = isUnreachable(error) || offline;
      const refused = !stale && list.argsKey !== filterKey;
      return [
        <div key={id} className="banner warn srv-notice" role="status">
          <strong>{name}</strong>{' '}
          {stale ? t('notice.offline', since) : refused ? t('notice.filtersRefused') : t('notice.refreshFailed', since)}
          {error && <span className="srv-notice-detail"> {errorDetail(t, error)}</span>} {retry}
        </div>,
      ];
    }
    if (error) {
      return [
        <div key={id} className="banner danger srv-notice" role="alert">
          <strong>{name}</strong> {t('notice.failed')} <span className="srv-notice-detail">{errorDetail(t, error)}</span> {retry}
        </div>,
      ];
    }
    if (list?.loading && list.fromCache && list.fetchedAt) {
      return [
        <div key={id} className="srv-notice muted" role="status">
          {t('notice.fromCache', { cloud: name, time: formatTime(list.fetchedAt, i18n.language) })}
        </div>,
      ];
    }
    if (list?.loading && !list.fetchedAt) {
      return [
        <div key={id} className="srv-notice muted" role="status">
          {t('notice.loading', { cloud: name })}
        </div>,
      ];
    }
    return [];
  });
  if (notes.length === 0) return null;
  return <div className="srv-notices">{notes}</div>;
}
