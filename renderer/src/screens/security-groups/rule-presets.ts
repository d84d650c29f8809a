import { EMPTY_RULE_FORM, type SecurityGroupRuleForm } from '../../../../shared/schemas/security-group-rule.js';

/** The rules people add most, as the form's values; the user may still change them before adding. */
export const RULE_PRESETS = {
  ssh: { protocol: 'tcp', portMin: '22', portMax: '' },
  http: { protocol: 'tcp', portMin: '80', portMax: '' },
  https: { protocol: 'tcp', portMin: '443', portMax: '' },
  rdp: { protocol: 'tcp', portMin: '3389', portMax: '' },
  icmp: { protocol: 'icmp', portMin: '', portMax: '' },
  // every protocol and port from the members of a group (the default group's own rule)
  fromGroup: { protocol: 'any', portMin: '', portMax: '', remote: 'group' },
} satisfies Record<string, Partial<SecurityGroupRuleForm>>;
export type RulePreset = keyof typeof RULE_PRESETS;

/** The form after a preset: ingress from anywhere of the chosen family unless the preset says otherwise. */
export function presetForm(preset: RulePreset, current: SecurityGroupRuleForm): SecurityGroupRuleForm {
  const anywhere = current.ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0';
  return { ...EMPTY_RULE_FORM, ethertype: current.ethertype, remoteIpPrefix: anywhere, remoteGroupId: current.remoteGroupId, ...RULE_PRESETS[preset] };
}
