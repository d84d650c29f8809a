import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerGroup } from '../../../../shared/domain/server-group.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { ResourceScreen } from '../../kit/ResourceScreen.js';
import { CreateServerGroupDialog } from './CreateServerGroupDialog.js';
import { SERVER_GROUP_ACTIONS } from './server-group-actions.js';
import { serverGroupColumns } from './server-group-columns.js';
import { useServerGroups } from './server-groups-store.js';
import { ServerNameLink } from './ServerNameLink.js';
import { useServerNames } from './use-server-names.js';

/** Server groups of the current cloud: list with policy and members, create, delete. */
export function ServerGroupsScreen() {
  const { t } = useTranslation('serverGroups');
  const [creating, setCreating] = useState<string | undefined>();
  return (
    <>
      <ResourceScreen<ServerGroup>
        ns="serverGroups"
        store={useServerGroups}
        columns={serverGroupColumns(t)}
        actions={SERVER_GROUP_ACTIONS}
        nameOf={(g) => g.name}
        toolbar={(cloud) => (
          <button type="button" className="button primary" onClick={() => setCreating(cloud)}>
            {t('create.open')}
          </button>
        )}
        tabs={(g, cloud) => [
          {
            id: 'overview',
            label: t('tab.overview'),
            render: () => (
              <dl className="kit-dl">
                <Field label={t('column.name')}>{g.name}</Field>
                <Field label={t('column.policy')}>{t(`policy.${g.policy}`, { defaultValue: g.policy })}</Field>
                <Field label={t('column.rules')}>{g.maxServerPerHost === undefined ? undefined : t('maxPerHost', { n: g.maxServerPerHost })}</Field>
                <Field label={t('column.members')}>{g.members.length}</Field>
                <Field label={t('column.id')}>
                  <span className="mono">{g.id}</span>
                </Field>
                <Field label={t('project')}>{g.projectId && <span className="mono">{g.projectId}</span>}</Field>
              </dl>
            ),
          },
          { id: 'members', label: t('tab.members', { count: g.members.length }), render: () => <Members cloud={cloud} ids={g.members} /> },
        ]}
      />
      {creating && <CreateServerGroupDialog cloud={creating} onClose={() => setCreating(undefined)} />}
    </>
  );
}

/** The group's servers, each a link to it on the servers screen. */
function Members({ cloud, ids }: { cloud: string; ids: readonly string[] }) {
  const { t } = useTranslation('serverGroups');
  const names = useServerNames(cloud, ids);
  if (ids.length === 0) return <p className="muted">{t('noMembers')}</p>;
  return (
    <ul className="kit-stack kit-list" aria-label={t('column.members')}>
      {ids.map((id) => {
        const name = names[id];
        return (
          <li key={id}>
            {name ? (
              <ServerNameLink name={name} />
            ) : (
              <span className="muted">{name === null ? t('memberGone') : t('common:actions.loading')}</span>
            )}{' '}
            <span className="mono muted">{id}</span>
          </li>
        );
      })}
    </ul>
  );
}
