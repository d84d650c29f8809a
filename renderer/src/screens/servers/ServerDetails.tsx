import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDef } from '../../kit/action-table.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { formatGiB, formatMiB } from '../../lib/units.js';
import { powerLabel, statusLabel, taskLabel } from './cells.js';
import { cloudNames } from './cross-cloud.js';
import { formatTime } from './format.js';
import type { ServerRow } from './server-rows.js';
import { ServerVolumes } from './ServerVolumes.js';

/** The drawer's details tab: fault, overview, addresses by network, flavor, image, volumes, metadata, tags. */
export function ServerDetails({ row, present, onAction }: { row: ServerRow; present: boolean; onAction(action: ActionDef<ServerRow>): void }) {
  const { t, i18n } = useTranslation('servers');
  const id = useId();
  const s = row.server;
  const lang = i18n.language;
  const metadata = Object.entries(s.metadata).sort(([a], [b]) => a.localeCompare(b));
  const extra = Object.entries(s.flavor.extraSpecs ?? {}).sort(([a], [b]) => a.localeCompare(b));

  return (
    <>
      {s.fault && (
        <section className="srv-section srv-fault" aria-labelledby={`${id}-fault`}>
          <h3 id={`${id}-fault`}>{t('drawer.fault')}</h3>
          <p className="srv-fault-message">{s.fault.message}</p>
          <p className="muted">
            {t('drawer.faultCode', { code: s.fault.code })}
            {s.fault.created ? ` · ${formatTime(s.fault.created, lang)}` : ''}
          </p>
          {s.fault.details && <pre className="kit-pre">{s.fault.details}</pre>}
        </section>
      )}
      <section className="srv-section" aria-labelledby={`${id}-overview`}>
        <h3 id={`${id}-overview`}>{t('drawer.overview')}</h3>
        <dl className="kit-dl">
          <Field label={t('column.id')}>
            <span className="mono">{s.id}</span>
          </Field>
          <Field label={t('drawer.name')}>{s.name}</Field>
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
          <Field label={t('column.cloud')}>
            <span className="srv-ellipsis" title={cloudNames(row)}>
              {cloudNames(row)}
            </span>
          </Field>
        </dl>
      </section>
      <section className="srv-section" aria-labelledby={`${id}-addr`}>
        <h3 id={`${id}-addr`}>{t('drawer.addresses')}</h3>
        {Object.keys(s.addresses).length === 0 ? (
          <p className="muted">{t('drawer.noAddresses')}</p>
        ) : (
          <table className="srv-kv-table" aria-label={t('drawer.addresses')}>
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
                    <td className="srv-ellipsis" title={net}>
                      {net}
                    </td>
                    <td className="mono srv-ellipsis" title={a.addr}>
                      {a.addr}
                    </td>
                    <td>
                      {a.type ? t(a.type === 'floating' ? 'floating' : 'fixed') : ''} IPv{a.version}
                    </td>
                    <td className="mono srv-ellipsis" title={a.mac ?? ''}>
                      {a.mac ?? ''}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </section>
      <section className="srv-section" aria-labelledby={`${id}-flavor`}>
        <h3 id={`${id}-flavor`}>{t('column.flavor')}</h3>
        <dl className="kit-dl">
          <Field label={t('drawer.name')}>{row.flavorName}</Field>
          {s.flavor.vcpus !== undefined && <Field label={t('drawer.vcpus')}>{s.flavor.vcpus}</Field>}
          {s.flavor.ramMb !== undefined && <Field label={t('drawer.ram')}>{formatMiB(s.flavor.ramMb)}</Field>}
          {s.flavor.diskGb !== undefined && <Field label={t('drawer.disk')}>{formatGiB(s.flavor.diskGb)}</Field>}
          {!!s.flavor.ephemeralGb && <Field label={t('drawer.ephemeral')}>{formatGiB(s.flavor.ephemeralGb)}</Field>}
          {!!s.flavor.swapMb && <Field label={t('drawer.swap')}>{formatMiB(s.flavor.swapMb)}</Field>}
          {extra.map(([k, v]) => (
            <Field key={k} label={k}>
              <span className="mono">{v}</span>
            </Field>
          ))}
        </dl>
      </section>
      <section className="srv-section" aria-labelledby={`${id}-image`}>
        <h3 id={`${id}-image`}>{t('column.image')}</h3>
        {row.bootFromVolume ? (
          <p>{row.imageName ? t('bootFromVolumeOf', { image: row.imageName }) : t('bootFromVolume')}</p>
        ) : (
          <dl className="kit-dl">
            <Field label={t('drawer.name')}>{row.imageName}</Field>
            <Field label={t('column.id')}>
              <span className="mono">{s.imageId}</span>
            </Field>
          </dl>
        )}
      </section>
      <ServerVolumes row={row} present={present} onAction={onAction} />
      <section className="srv-section" aria-labelledby={`${id}-meta`}>
        <h3 id={`${id}-meta`}>{t('drawer.metadata')}</h3>
        {metadata.length === 0 ? (
          <p className="muted">{t('drawer.noMetadata')}</p>
        ) : (
          <dl className="kit-dl">
            {metadata.map(([k, v]) => (
              <Field key={k} label={k}>
                {v}
              </Field>
            ))}
          </dl>
        )}
      </section>
      <section className="srv-section" aria-labelledby={`${id}-tags`}>
        <h3 id={`${id}-tags`}>{t('column.tags')}</h3>
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
    </>
  );
}
