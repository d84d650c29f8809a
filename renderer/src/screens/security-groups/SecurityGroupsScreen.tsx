import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityGroup } from '../../../../shared/domain/security-group.js';
import { EMPTY_LIST } from '../../kit/list-store.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { ResourceScreen } from '../../kit/ResourceScreen.js';
import { useClouds } from '../../stores/clouds.js';
import '../../styles/security-groups.css';
import { GroupDialog } from './GroupDialog.js';
import { groupMarks } from './group-marks.js';
import { RulesTab } from './RulesTab.js';
import { SECURITY_GROUP_ACTIONS } from './security-group-actions.js';
import { securityGroupColumns } from './security-group-columns.js';
import { useSecurityGroups } from './security-groups-store.js';

/** Security groups of the current cloud: list, create, rename and describe, the rules editor, delete. */
export function SecurityGroupsScreen() {
  const { t } = useTranslation('securityGroups');
  const [creating, setCreating] = useState<string | undefined>();
  const cloud = useClouds((s) => s.currentId);
  const groups = useSecurityGroups((s) => (cloud ? s.lists[cloud] : undefined) ?? EMPTY_LIST).items;
  const marks = useMemo(() => groupMarks(groups), [groups]);
  const columns = useMemo(() => securityGroupColumns(t, (g) => marks.get(g.id)), [t, marks]);

  return (
    <>
      <ResourceScreen<SecurityGroup>
        ns="securityGroups"
        store={useSecurityGroups}
        columns={columns}
        actions={SECURITY_GROUP_ACTIONS}
        nameOf={(g) => g.name}
        toolbar={(c) => (
          <button type="button" className="button primary" onClick={() => setCreating(c)}>
            {t('create.open')}
          </button>
        )}
        tabs={(g, c) => [
          {
            id: 'overview',
            label: t('tab.overview'),
            render: () => (
              <dl className="kit-dl">
                <Field label={t('column.name')}>{g.name}</Field>
                <Field label={t('column.description')}>{g.description}</Field>
                <Field label={t('column.mark')}>{marks.get(g.id) && t(`mark.${marks.get(g.id)}`)}</Field>
                <Field label={t('stateful')}>{g.stateful ? t('statefulYes') : t('statefulNo')}</Field>
                <Field label={t('column.id')}>
                  <span className="mono">{g.id}</span>
                </Field>
                <Field label={t('project')}>{g.projectId && <span className="mono">{g.projectId}</span>}</Field>
              </dl>
            ),
          },
          { id: 'rules', label: t('tab.rules', { count: g.rules.length }), render: () => <RulesTab cloud={c} group={g} groups={groups} /> },
        ]}
        dialogs={{ edit: ({ rows: [g], cloud: c, close }) => g && <GroupDialog cloud={c} group={g} onClose={close} /> }}
      />
      {creating && <GroupDialog cloud={creating} onClose={() => setCreating(undefined)} />}
    </>
  );
}
