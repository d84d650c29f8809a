import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { limitText } from '../format.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { ChoiceRow, NameCell, NoneRow, PickerTable } from '../PickerTable.js';
import { StepGate } from '../StepGate.js';

/** A server group becomes the `group` scheduler hint (OSC's --server-group is the same alias). */
export function ServerGroupStep() {
  return (
    <StepGate needs={['serverGroups']}>
      <Groups />
    </StepGate>
  );
}

function Groups() {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const { lookups, usage } = useLaunchUi();
  const chosen = useWatch({ control, name: 'serverGroup' });
  const groups = lookups.serverGroups?.data ?? [];
  const choose = (id: string) => setValue('serverGroup', id, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
  const perGroup = usage?.serverGroupMembers?.max;

  return (
    <div className="kit-stack launch-stack">
      <FieldError path="serverGroup" />
      {groups.length === 0 && <p className="muted">{t('serverGroup.none')}</p>}
      <PickerTable label={t('step.serverGroup')} choosing headings={[t('table.name'), t('serverGroup.policy'), t('serverGroup.members')]}>
        <NoneRow group="serverGroup" label={t('serverGroup.noGroup')} checked={chosen === ''} onChoose={() => choose('')} span={3} />
        {groups.map((g) => (
          <ChoiceRow key={g.id} type="radio" group="serverGroup" label={g.name} checked={chosen === g.id} onChange={() => choose(g.id)}>
            <NameCell>{g.name}</NameCell>
            <td>
              {g.policy}
              {g.maxServerPerHost !== undefined && <span className="muted small"> · {t('serverGroup.maxPerHost', { n: g.maxServerPerHost })}</span>}
            </td>
            <td>
              {g.members.length}
              {perGroup !== undefined && ` / ${limitText(perGroup)}`}
            </td>
          </ChoiceRow>
        ))}
      </PickerTable>
    </div>
  );
}
