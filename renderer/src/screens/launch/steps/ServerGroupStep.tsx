import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { limitText } from '../format.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
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
    <div className="launch-stack">
      <FieldError path="serverGroup" />
      {groups.length === 0 && <p className="muted">{t('serverGroup.none')}</p>}
      <div className="table-wrap">
        <table className="data launch-table" aria-label={t('step.serverGroup')}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('table.choose')}</span>
              </th>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('serverGroup.policy')}</th>
              <th scope="col">{t('serverGroup.members')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className={chosen === '' ? 'selected' : undefined} onClick={() => choose('')}>
              <td>
                <input type="radio" name="serverGroup" aria-label={t('serverGroup.noGroup')} checked={chosen === ''} onChange={() => choose('')} />
              </td>
              <td colSpan={3} className="muted">
                {t('serverGroup.noGroup')}
              </td>
            </tr>
            {groups.map((g) => (
              <tr key={g.id} className={chosen === g.id ? 'selected' : undefined} onClick={() => choose(g.id)}>
                <td>
                  <input type="radio" name="serverGroup" aria-label={g.name} checked={chosen === g.id} onChange={() => choose(g.id)} />
                </td>
                <th scope="row" className="cell-name">
                  {g.name}
                </th>
                <td>
                  {g.policy}
                  {g.maxServerPerHost !== undefined && <span className="muted small"> · {t('serverGroup.maxPerHost', { n: g.maxServerPerHost })}</span>}
                </td>
                <td>
                  {g.members.length}
                  {perGroup !== undefined && ` / ${limitText(perGroup)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
