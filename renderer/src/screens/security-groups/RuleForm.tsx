import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ETHER_TYPES, RULE_DIRECTIONS, type SecurityGroup } from '../../../../shared/domain/security-group.js';
import type { SerializedError } from '../../../../shared/errors.js';
import {
  EMPTY_RULE_FORM,
  RULE_PROTOCOL_CHOICES,
  RULE_REMOTES,
  ruleRequestOf,
  SecurityGroupRuleForm,
} from '../../../../shared/schemas/security-group-rule.js';
import { FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { presetForm, RULE_PRESETS, type RulePreset } from './rule-presets.js';
import { existingRuleId } from './rule-refusal.js';
import { ruleLine, type RuleRow } from './rule-rows.js';

interface Props {
  cloud: string;
  group: SecurityGroup;
  /** every group of the cloud: the remote group choices */
  groups: readonly SecurityGroup[];
  rows: readonly RuleRow[];
  /** a rule was added: re-read the group */
  onAdded(): void;
}

const FORM_FIELDS = new Set(Object.keys(EMPTY_RULE_FORM));
/** main's request field → the form's */
const FROM_REQUEST: Record<string, string> = { portRangeMin: 'portMin', portRangeMax: 'portMax', protocol: 'protocolNumber' };

/** A select's options from a list of values, each with its words. */
const options = (values: readonly string[], label: (v: string) => string) =>
  values.map((v) => (
    <option key={v} value={v}>
      {label(v)}
    </option>
  ));

/** Add a rule: presets, or every field; problems on their fields, Neutron's duplicate named. */
export function RuleForm({ cloud, group, groups, rows, onAdded }: Props) {
  const { t } = useTranslation('securityGroups');
  const { register, handleSubmit, formState, control, reset, getValues, setError } = useForm<SecurityGroupRuleForm>({
    resolver: zodResolver(SecurityGroupRuleForm),
    defaultValues: { ...EMPTY_RULE_FORM, remoteGroupId: group.id },
  });
  const [protocol, remote] = useWatch({ control, name: ['protocol', 'remote'] });
  const [refusal, setRefusal] = useState<SerializedError | string | undefined>();
  const words = { any: t('rule.any'), allPorts: t('rule.allPorts') };

  const submit = handleSubmit(async (form) => {
    setRefusal(undefined);
    const r = await api.invoke('securityGroups.createRule', { cloud, rule: ruleRequestOf(form, group.id) });
    if (r.ok) {
      reset({ ...form, description: '' });
      return onAdded();
    }
    const existing = existingRuleId(r.error);
    if (existing) {
      const row = rows.find((x) => x.id === existing);
      return setRefusal(t('rule.duplicate', { rule: row ? ruleLine(row, words) : existing }));
    }
    const field = r.error.field && (FROM_REQUEST[r.error.field.replace(/^rule\./, '')] ?? r.error.field.replace(/^rule\./, ''));
    // main's schema says "rule.<field>: <code>"; the code is the shared check's, in the locale
    if (field && FORM_FIELDS.has(field)) setError(field as keyof SecurityGroupRuleForm, { message: r.error.message.replace(/^[\w.]+: /, '') });
    else setRefusal(r.error);
  });

  const { errors } = formState;
  // the shared schema's problem codes are words in the locale; main's messages are shown as they are
  const problem = (name: keyof SecurityGroupRuleForm) => {
    const m = errors[name]?.message;
    return m && t(`rule.problem.${m}`, { defaultValue: m });
  };
  const choose = (preset: RulePreset) => {
    setRefusal(undefined);
    reset(presetForm(preset, getValues()));
  };

  return (
    <form className="kit-stack sg-rule-form" aria-label={t('rule.addTitle')} onSubmit={(e) => void submit(e)} noValidate>
      <h3 className="sg-heading">{t('rule.addTitle')}</h3>
      <div className="kit-row sg-presets" role="group" aria-label={t('rule.presets')}>
        {(Object.keys(RULE_PRESETS) as RulePreset[]).map((p) => (
          <button key={p} type="button" className="button" onClick={() => choose(p)}>
            {t(`preset.${p}`)}
          </button>
        ))}
      </div>
      <div className="sg-grid">
        <FormField label={t('rule.direction')}>
          <select {...register('direction')}>
            {options(RULE_DIRECTIONS, (d) => t(`direction.${d}`))}
          </select>
        </FormField>
        <FormField label={t('rule.ethertype')}>
          <select {...register('ethertype')}>
            {options(ETHER_TYPES, (e) => e)}
          </select>
        </FormField>
        <FormField label={t('rule.protocol')}>
          <select {...register('protocol')}>
            {options(RULE_PROTOCOL_CHOICES, (p) => t(`protocol.${p}`))}
          </select>
        </FormField>
        {protocol === 'number' && (
          <FormField label={t('rule.protocolNumber')} problem={problem('protocolNumber')}>
            <input type="text" inputMode="numeric" aria-invalid={!!errors.protocolNumber} {...register('protocolNumber')} />
          </FormField>
        )}
        <FormField label={t('rule.portMin')} problem={problem('portMin')}>
          <input type="text" inputMode="numeric" aria-invalid={!!errors.portMin} {...register('portMin')} />
        </FormField>
        <FormField label={t('rule.portMax')} problem={problem('portMax')}>
          <input type="text" inputMode="numeric" placeholder={t('rule.portMaxHint')} aria-invalid={!!errors.portMax} {...register('portMax')} />
        </FormField>
        <FormField label={t('rule.remote')}>
          <select {...register('remote')}>
            {options(RULE_REMOTES, (r) => t(`remote.${r}`))}
          </select>
        </FormField>
        {remote === 'cidr' ? (
          <FormField label={t('rule.cidr')} problem={problem('remoteIpPrefix')}>
            <input type="text" className="mono" spellCheck={false} aria-invalid={!!errors.remoteIpPrefix} {...register('remoteIpPrefix')} />
          </FormField>
        ) : (
          <FormField label={t('rule.remoteGroup')} problem={problem('remoteGroupId')}>
            <select aria-invalid={!!errors.remoteGroupId} {...register('remoteGroupId')}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.id === group.id ? t('rule.thisGroup', { name: g.name }) : g.name}
                </option>
              ))}
            </select>
          </FormField>
        )}
      </div>
      <FormField label={t('column.description')} problem={problem('description')}>
        <input type="text" autoComplete="off" {...register('description')} />
      </FormField>
      <ErrorBanner error={refusal} />
      <div className="kit-row">
        <button type="submit" className="button primary" disabled={formState.isSubmitting}>
          {t('rule.add')}
        </button>
      </div>
    </form>
  );
}
