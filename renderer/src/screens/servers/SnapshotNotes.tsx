import { useTranslation } from 'react-i18next';
import { errorText } from '../../kit/error-text.js';
import { FOLLOW_LIMIT_MS, useSnapshots, type SnapshotNote } from './snapshot-follow.js';

/** One line per snapshot taken from this screen: Glance's status as last seen, never more. */
export function SnapshotNotes() {
  const { t } = useTranslation('servers');
  const notes = useSnapshots((s) => s.notes);
  if (notes.length === 0) return null;
  return (
    <ul className="kit-plain kit-stack" aria-label={t('snapshot.notes')}>
      {notes.map((n) => (
        <li key={n.imageId} className={`banner ${n.phase === 'failed' || n.status === 'killed' ? 'danger' : n.status === 'active' ? 'ok' : 'info'} kit-row`}>
          <span role="status" className="kit-grow">
            {noteText(t, n)}
          </span>
          <button type="button" className="button ghost" onClick={() => useSnapshots.getState().dismiss(n.imageId)}>
            {t('snapshot.dismiss')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function noteText(t: ReturnType<typeof useTranslation<'servers'>>['t'], n: SnapshotNote): string {
  const base = { name: n.name, server: n.server, status: n.status ?? '…' };
  if (n.phase === 'failed') return t('snapshot.failed', { ...base, error: n.error ? errorText(t, n.error) : '' });
  if (n.phase === 'gaveUp') return t('snapshot.gaveUp', { ...base, seconds: FOLLOW_LIMIT_MS / 1000 });
  return t(n.phase === 'final' ? 'snapshot.final' : 'snapshot.following', base);
}
