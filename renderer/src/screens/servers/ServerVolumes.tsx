import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { availability, type ActionDef } from '../../kit/action-table.js';
import { ActionButton } from '../../kit/ActionButton.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { rowKey } from '../../kit/list-store.js';
import { whyText } from '../../kit/why-text.js';
import { attachedVolumes } from './boot-volume.js';
import { detachVolume, serverAction } from './server-actions.js';
import type { ServerRow } from './server-rows.js';
import { useServerVolumes } from './server-volumes-store.js';

interface Props {
  row: ServerRow;
  present: boolean;
  onAction(action: ActionDef<ServerRow>): void;
}

/**
 * The drawer's Volumes section: what Nova has attached (with Cinder's names and sizes), the
 * boot volume marked, each other volume detachable, and Attach volume (the dialog the Volumes
 * screen uses too). The boot volume's Detach is refused here as Nova would refuse it.
 */
export function ServerVolumes({ row, present, onAction }: Props) {
  const { t } = useTranslation('servers');
  const id = useId();
  const { cloud } = row;
  const serverId = row.server.id;
  const entry = useServerVolumes((s) => s.byServer[rowKey(cloud, serverId)]);
  useEffect(() => {
    if (present) void useServerVolumes.getState().load(cloud, serverId);
  }, [cloud, serverId, present]);

  const attach = serverAction('attachVolume');
  const why = whyText(t, availability(attach, row));
  const volumes = entry?.value && attachedVolumes(row.server, entry.value.attachments, entry.value.volumes);

  return (
    <section className="srv-section" aria-labelledby={`${id}-volumes`}>
      <h3 id={`${id}-volumes`}>
        {t('volumes.title')}
        {present && <ActionButton ns="servers" action={attach} why={why} onClick={() => onAction(attach)} />}
      </h3>
      <ErrorBanner error={entry?.error} />
      {!volumes && !entry?.error && <p className="muted">{t('loading')}</p>}
      {volumes?.length === 0 && <p className="muted">{t('volumes.none')}</p>}
      {volumes && volumes.length > 0 && (
        <table className="srv-kv-table" aria-label={t('volumes.title')}>
          <thead>
            <tr>
              <th scope="col">{t('drawer.name')}</th>
              <th scope="col">{t('volumes.size')}</th>
              <th scope="col">{t('volumes.device')}</th>
              <th scope="col">{t('volumes.tag')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('drawer.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {volumes.map((v) => (
              <tr key={v.volumeId}>
                <td className="srv-ellipsis" title={v.volumeId}>
                  {v.name}
                </td>
                <td>{v.sizeGb === undefined ? '' : t('volumes.sizeGb', { size: v.sizeGb })}</td>
                <td>
                  <span className="mono">{v.device ?? ''}</span>
                  {v.boot && <> <span className="badge">{t('volumes.boot')}</span></>}
                </td>
                <td>{v.tag ?? ''}</td>
                <td>
                  {present && (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('volumes.detachOne', { name: v.name })}
                      disabled={v.boot || !!why}
                      title={v.boot ? t('volumes.bootWhy') : why}
                      onClick={() => onAction(detachVolume(v.volumeId))}
                    >
                      {t('volumes.detach')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {volumes?.some((v) => v.boot) && <p className="muted small">{t('volumes.bootNote')}</p>}
    </section>
  );
}
