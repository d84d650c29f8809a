import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { projectGroups } from '../pickers.js';
import { ChoiceRow, NameCell, PickerTable } from '../PickerTable.js';
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
    <div className="kit-stack launch-stack">
      <p className="muted small">{t('securityGroups.help')}</p>
      {hasPorts && <p className="banner info small">{t('securityGroups.portsNote')}</p>}
      <FieldError path="securityGroups" />
      <PickerTable
        label={t('step.securityGroups')}
        choosing
        headings={[t('table.name'), t('securityGroups.description'), t('securityGroups.rules'), t('securityGroups.id')]}
      >
        {groups.map((g) => (
          <ChoiceRow key={g.id} type="checkbox" label={g.name} checked={chosen.includes(g.id)} onChange={(on) => toggle(g.id, on)}>
            <NameCell>{g.name}</NameCell>
            <td>{g.description}</td>
            <td>{g.rules.length}</td>
            <td className="mono small">{g.id}</td>
          </ChoiceRow>
        ))}
      </PickerTable>
    </div>
  );
}
