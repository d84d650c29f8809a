import { useMemo } from 'react';
import type { SecurityGroup } from '../../../../shared/domain/security-group.js';
import { byDirection, toRuleRow } from './rule-rows.js';
import { RuleForm } from './RuleForm.js';
import { RulesTable } from './RulesTable.js';
import { useSecurityGroups } from './security-groups-store.js';

/** The rules editor: the group's rules, and the form that adds one. */
export function RulesTab({ cloud, group, groups }: { cloud: string; group: SecurityGroup; groups: readonly SecurityGroup[] }) {
  const rows = useMemo(() => {
    const names = new Map(groups.map((g) => [g.id, g.name]));
    return group.rules.map((r) => toRuleRow(r, (id) => names.get(id))).sort(byDirection);
  }, [group, groups]);
  // the group's row carries its rules: a change re-reads it (Neutron's answer, never a guess)
  const reread = () => void useSecurityGroups.getState().refreshRows(cloud, [group.id]);
  return (
    <div className="kit-stack sg-rules-tab">
      <RulesTable cloud={cloud} rows={rows} onChanged={reread} />
      <RuleForm cloud={cloud} group={group} groups={groups} rows={rows} onAdded={reread} />
    </div>
  );
}
