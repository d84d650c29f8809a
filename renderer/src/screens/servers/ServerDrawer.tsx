import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServers, type RowError } from '../../stores/servers.js';
import { ActionLog } from './ActionLog.js';
import { powerLabel, statusLabel, taskLabel } from './cells.js';
import { DrawerActions } from './DrawerActions.js';
import { errorText, formatTime } from './format.js';
import type { ServerRow } from './server-rows.js';
import type { RowAction } from './server-state.js';

interface Props {
  row: ServerRow;
  /** false once the server has left the list (deleted): the drawer keeps its last copy */
  present: boolean;
  rowError: RowError | undefined;
  /** bring a section into view on open (the row menu's "Action log") */
  section?: 'actionLog' | undefined;
  onAction(action: RowAction): void;
  onClose(): void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </>
  );
}

/**
 * Everything about one server beside the list: fault first (the reason an operator opens a
 * failed server), then state, addresses by network, flavor, image, metadata, tags and the
 * action log. Non-modal: the list stays usable; Escape closes.
 */
export function ServerDrawer({ row, present, rowError, section, onAction, onClose }: Props) {
  const { t, i18n } = useTranslation('servers');
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const s = row.server;
  const lang = i18n.language;

  useEffect(() => {
    ref.current?.focus();
  }, [row.key]);

  useEffect(() => {
    if (section === 'actionLog') ref.current?.querySelector('[data-section="actionLog"]')?.scrollIntoView({ block: 'start' });
  }, [row.key, section]);

  // Nova's list leaves the fault out: the server's own GET has it (and everything else fresh)
  const [fetching, setFetching] = useState(false);
  useEffect(() => {
    if (!present) return;
    let live = true;
    setFetching(true);
    void useServers
      .getState()
      .refreshRows(row.cloud, [s.id])
      .finally(() => live && setFetching(false));
    return () => {
      live = false;
    };
    // again when the server lands in another state (e.g. BUILD → ERROR while open)
  }, [row.cloud, s.id, s.status, present]);

  const mb = (n: number | undefined) => (n === undefined ? undefined : t('units.mb', { n }));
  const gb = (n: number | undefined) => (n === undefined ? undefined : t('units.gb', { n }));
  const metadata = Object.entries(s.metadata).sort(([a], [b]) => a.localeCompare(b));
  const extra = Object.entries(s.flavor.extraSpecs ?? {}).sort(([a], [b]) => a.localeCompare(b));

  return (
    <aside
      ref={ref}
      className="srv-drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="srv-drawer-head">
        <h2 id={titleId} title={s.name}>
          {s.name || s.id}
        </h2>
        <button type="button" className="icon-button" aria-label={t('drawer.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="srv-drawer-body">
        {!present && <p className="banner warn">{t('drawer.gone')}</p>}
        {fetching && (
          <p className="muted srv-drawer-fetching" role="status">
            <span className="srv-spinner" aria-hidden="true" /> {t('drawer.fetching')}
          </p>
        )}
        {present && <DrawerActions server={s} onAction={onAction} />}
        {rowError && (
          <p role="alert" className="banner danger">
            {t('failed', { action: t(`action.${rowError.action}`) })}: {errorText(t, rowError.error)}
          </p>
        )}
        {s.fault && (
          <section className="srv-section srv-fault" aria-labelledby={`${titleId}-fault`}>
            <h3 id={`${titleId}-fault`}>{t('drawer.fault')}</h3>
            <p className="srv-fault-message">{s.fault.message}</p>
            <p className="muted">
              {t('drawer.faultCode', { code: s.fault.code })}
              {s.fault.created ? ` · ${formatTime(s.fault.created, lang)}` : ''}
            </p>
            {s.fault.details && <pre className="srv-console">{s.fault.details}</pre>}
          </section>
        )}
        <section className="srv-section" aria-labelledby={`${titleId}-overview`}>
          <h3 id={`${titleId}-overview`}>{t('drawer.overview')}</h3>
          <dl className="srv-dl">
            <Field label={t('column.id')}>
              <span className="mono">{s.id}</span>
            </Field>
            <Field label={t('column.status')}>{statusLabel(t, s.status)}</Field>
            <Field label={t('drawer.task')}>{s.taskState ? taskLabel(t, s.taskState) : t('drawer.noTask')}</Field>
            <Field label={t('drawer.power')}>{powerLabel(t, s.powerState)}</Field>
            <Field label={t('column.locked')}>{s.locked ? (s.lockedReason ?? t('yes')) : t('no')}</Field>
            <Field label={t('column.availabilityZone')}>{s.availabilityZone}</Field>
            <Field label={t('column.keyName')}>{s.keyName}</Field>
            <Field label={t('drawer.created')}>{formatTime(s.created, lang)}</Field>
            <Field label={t('drawer.updated')}>{formatTime(s.updated, lang)}</Field>
            {s.description && <Field label={t('drawer.description')}>{s.description}</Field>}
            {s.hostname && <Field label={t('drawer.hostname')}>{s.hostname}</Field>}
            <Field label={t('drawer.securityGroups')}>{s.securityGroups.join(', ') || undefined}</Field>
            <Field label={t('drawer.project')}>
              <span className="mono">{s.projectId}</span>
            </Field>
            <Field label={t('column.cloud')}>{row.cloudName}</Field>
          </dl>
        </section>
        <section className="srv-section" aria-labelledby={`${titleId}-addr`}>
          <h3 id={`${titleId}-addr`}>{t('drawer.addresses')}</h3>
          {Object.keys(s.addresses).length === 0 ? (
            <p className="muted">{t('drawer.noAddresses')}</p>
          ) : (
            <table className="data srv-kv-table" aria-label={t('drawer.addresses')}>
              <thead>
                <tr>
                  <th scope="col">{t('drawer.network')}</th>
                  <th scope="col">{t('drawer.address')}</th>
                  <th scope="col">{t('drawer.type')}</th>
                  <th scope="col">{t('drawer.mac')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(s.addresses).flatMap(([net, list]) =>
                  list.map((a) => (
                    <tr key={`${net}-${a.addr}`}>
                      <td>{net}</td>
                      <td className="mono">{a.addr}</td>
                      <td>
                        {a.type ? t(a.type === 'floating' ? 'floating' : 'fixed') : ''} IPv{a.version}
                      </td>
                      <td className="mono">{a.mac ?? ''}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          )}
        </section>
        <section className="srv-section" aria-labelledby={`${titleId}-flavor`}>
          <h3 id={`${titleId}-flavor`}>{t('column.flavor')}</h3>
          <dl className="srv-dl">
            <Field label={t('drawer.name')}>{row.flavorName}</Field>
            {s.flavor.vcpus !== undefined && <Field label={t('drawer.vcpus')}>{s.flavor.vcpus}</Field>}
            {s.flavor.ramMb !== undefined && <Field label={t('drawer.ram')}>{mb(s.flavor.ramMb)}</Field>}
            {s.flavor.diskGb !== undefined && <Field label={t('drawer.disk')}>{gb(s.flavor.diskGb)}</Field>}
            {!!s.flavor.ephemeralGb && <Field label={t('drawer.ephemeral')}>{gb(s.flavor.ephemeralGb)}</Field>}
            {!!s.flavor.swapMb && <Field label={t('drawer.swap')}>{mb(s.flavor.swapMb)}</Field>}
            {extra.map(([k, v]) => (
              <Field key={k} label={k}>
                <span className="mono">{v}</span>
              </Field>
            ))}
          </dl>
        </section>
        <section className="srv-section" aria-labelledby={`${titleId}-image`}>
          <h3 id={`${titleId}-image`}>{t('column.image')}</h3>
          {row.bootFromVolume ? (
            <p>{t('bootFromVolume')}</p>
          ) : (
            <dl className="srv-dl">
              <Field label={t('drawer.name')}>{row.imageName}</Field>
              <Field label={t('column.id')}>
                <span className="mono">{s.imageId}</span>
              </Field>
            </dl>
          )}
        </section>
        <section className="srv-section" aria-labelledby={`${titleId}-meta`}>
          <h3 id={`${titleId}-meta`}>{t('drawer.metadata')}</h3>
          {metadata.length === 0 ? (
            <p className="muted">{t('drawer.noMetadata')}</p>
          ) : (
            <dl className="srv-dl">
              {metadata.map(([k, v]) => (
                <Field key={k} label={k}>
                  {v}
                </Field>
              ))}
            </dl>
          )}
        </section>
        <section className="srv-section" aria-labelledby={`${titleId}-tags`}>
          <h3 id={`${titleId}-tags`}>{t('column.tags')}</h3>
          {s.tags.length === 0 ? (
            <p className="muted">{t('drawer.noTags')}</p>
          ) : (
            <ul className="srv-tags">
              {s.tags.map((tag) => (
                <li key={tag} className="badge">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </section>
        {present && <ActionLog cloud={row.cloud} serverId={s.id} stateKey={`${s.status}/${s.taskState ?? ''}`} />}
      </div>
    </aside>
  );
}
