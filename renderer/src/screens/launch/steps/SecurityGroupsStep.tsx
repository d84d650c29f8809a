import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { projectGroups } from '../pickers.js';
import { StepGate } from '../StepGate.js';

/** Ids are sent, not names: names repeat across projects (OSC and Horizon send ids too). */
export function SecurityGroupsStep() {
  return (
    <StepGate needs={['securityGroups']}>
      <GroupTable />
    </StepGate>
  );
}

function GroupTable() {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const { lookups } = useLaunchUi();
  const chosen = useWatch({ control, name: 'securityGroups' });
  const nics = useWatch({ control, name: 'networks' });
  const groups = projectGroups(lookups.securityGroups?.data ?? [], lookups.version?.data?.projectId);
  const toggle = (id: string, on: boolean) =>
    setValue('securityGroups', on ? [...chosen, id] : chosen.filter((x) => x !== id), { shouldDirty: true, shouldTouch: true });
  const hasPorts = nics.some((n) => n.kind === 'port');

  return (
    <div className="launch-stack">
      <p className="muted small">{t('securityGroups.help')}</p>
      {hasPorts && <p className="banner info small">{t('securityGroups.portsNote')}</p>}
      <FieldError path="securityGroups" />
      <div className="table-wrap">
        <table className="data launch-table" aria-label={t('step.securityGroups')}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('table.choose')}</span>
              </th>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('securityGroups.description')}</th>
              <th scope="col">{t('securityGroups.rules')}</th>
              <th scope="col">{t('securityGroups.id')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id} className={chosen.includes(g.id) ? 'selected' : undefined}>
                <td>
                  <input type="checkbox" aria-label={g.name} checked={chosen.includes(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} />
                </td>
                <th scope="row" className="cell-name">
                  {g.name}
                </th>
                <td>{g.description}</td>
                <td>{g.rules.length}</td>
                <td className="mono small">{g.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
