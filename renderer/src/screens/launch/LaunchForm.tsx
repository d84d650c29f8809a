import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { FormProvider, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import type { ServerCreateRequest } from '../../../../shared/schemas/server-create.js';
import { useLaunch } from './launch-store.js';
import { notify } from '../../stores/notify.js';
import { errorDetail } from '../../kit/error-text.js';
import type { LaunchDraft } from './draft.js';
import { usageFromLimits } from './fit.js';
import { LaunchUiProvider, fieldId, type LaunchUi } from './launch-context.js';
import { issuesByPath, launchSchema, type LaunchContext } from './launch-schema.js';
import type { CloudLookups, LookupKey } from './lookups.js';
import { LaunchedNotice } from './LaunchedNotice.js';
import { fieldLabel } from './messages.js';
import { useNameInUse } from './name-in-use.js';
import { projectGroups } from './pickers.js';
import { FitPanel } from './FitPanel.js';
import { PreviewPanel } from './PreviewPanel.js';
import { RunsPanel } from './RunsPanel.js';
import { StepNav } from './StepNav.js';
import { stepOfField, STEPS, type StepId } from './steps.js';
import { ConfigurationStep } from './steps/ConfigurationStep.js';
import { DetailsStep } from './steps/DetailsStep.js';
import { FlavorStep } from './steps/FlavorStep.js';
import { MetadataStep, SchedulerHintsStep } from './steps/HintsAndMetadataSteps.js';
import { KeyPairStep } from './steps/KeyPairStep.js';
import { NetworksStep } from './steps/NetworksStep.js';
import { PortsStep } from './steps/PortsStep.js';
import { SecurityGroupsStep } from './steps/SecurityGroupsStep.js';
import { ServerGroupStep } from './steps/ServerGroupStep.js';
import { SourceStep } from './steps/SourceStep.js';

const PANELS: Record<StepId, ComponentType> = {
  details: DetailsStep,
  source: SourceStep,
  flavor: FlavorStep,
  networks: NetworksStep,
  ports: PortsStep,
  securityGroups: SecurityGroupsStep,
  keypair: KeyPairStep,
  configuration: ConfigurationStep,
  serverGroup: ServerGroupStep,
  hints: SchedulerHintsStep,
  metadata: MetadataStep,
};

/** Whether anything under `path` in RHF's dirty/touched tree is set. */
function marked(tree: unknown, path: string): boolean {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (node === true) return true;
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part];
  }
  const any = (n: unknown): boolean => n === true || (!!n && typeof n === 'object' && Object.values(n).some(any));
  return any(node);
}

/** Whether the draft holds something at `path`: a restored draft's own values count as visited. */
function filled(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return node.trim() !== '';
  if (Array.isArray(node)) return node.length > 0;
  if (node && typeof node === 'object') return Object.values(node).some((v) => (typeof v === 'string' ? v.trim() !== '' : v !== undefined));
  return typeof node === 'number' ? node !== 1 : node === true;
}

/** main's field names (`networks.0`, `userData`…) → the draft field that shows them. */
function draftField(field: string): string {
  if (field.startsWith('userData')) return 'userDataText';
  if (field === 'minCount' || field === 'maxCount') return 'count';
  return field.split('.')[0] === 'server' ? field.slice('server.'.length) : field;
}

export function LaunchForm({ cloud, lookups }: { cloud: string; lookups: CloudLookups }) {
  const { t } = useTranslation('launch');
  const store = useLaunch;
  const step = useLaunch((s) => s.steps[cloud] ?? 'details');
  const setStep = (s: StepId) => store.getState().setStep(cloud, s);
  const [sending, setSending] = useState(false);
  const [submitError, setSubmitError] = useState<SerializedError | undefined>();
  const launchedName = useLaunch((s) => s.launched[cloud]);
  const runCount = useLaunch((s) => s.runs.length);
  const summaryRef = useRef<HTMLDivElement>(null);

  const microversion = lookups.version?.data?.negotiated;
  const usage = useMemo(() => (lookups.limits?.data ? usageFromLimits(lookups.limits.data) : undefined), [lookups.limits?.data]);
  const ctx: LaunchContext = useMemo(
    () => ({
      microversion,
      usage,
      flavors: lookups.flavors?.data,
      images: lookups.images?.data,
      blockStorage: lookups.version?.data?.blockStorage,
      volumes: lookups.volumes?.data,
      volumeSnapshots: lookups.volumeSnapshots?.data,
      volumeQuota: lookups.volumeQuotas?.data,
      defaultVolumeType: lookups.volumeTypeDefault?.data?.name,
    }),
    [
      microversion,
      usage,
      lookups.flavors?.data,
      lookups.images?.data,
      lookups.version?.data?.blockStorage,
      lookups.volumes?.data,
      lookups.volumeSnapshots?.data,
      lookups.volumeQuotas?.data,
      lookups.volumeTypeDefault?.data?.name,
    ],
  );
  const schema = useMemo(() => launchSchema(t, ctx), [t, ctx]);
  // The resolver reads the latest schema: quota and version arrive after the form exists.
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const resolver = useMemo<Resolver<LaunchDraft, unknown, ServerCreateRequest>>(
    () => (values, context, options) =>
      (zodResolver(schemaRef.current) as unknown as Resolver<LaunchDraft, unknown, ServerCreateRequest>)(values, context, options),
    [],
  );

  const form = useForm<LaunchDraft, unknown, ServerCreateRequest>({
    defaultValues: store.getState().draftFor(cloud),
    resolver,
    mode: 'onTouched',
  });
  const { formState, setValue, getValues } = form;
  const values = useWatch({ control: form.control }) as LaunchDraft;

  // The draft survives navigation and restarts (secrets only in memory: see launch-store.ts).
  useEffect(() => {
    const sub = form.watch((v) => store.getState().saveDraft(cloud, v as LaunchDraft));
    return () => sub.unsubscribe();
  }, [form, cloud, store]);

  // `default` is preselected once the project is known (an admin sees every project's defaults).
  const sgs = lookups.securityGroups;
  const versionSettled = lookups.version?.state === 'ok' || lookups.version?.state === 'error';
  useEffect(() => {
    if (sgs?.state !== 'ok' || !versionSettled || getValues('securityGroupsChosen')) return;
    const def = projectGroups(sgs.data, lookups.version?.data?.projectId).find((g) => g.name === 'default');
    setValue('securityGroups', def ? [def.id] : []);
    setValue('securityGroupsChosen', true);
  }, [sgs, versionSettled, lookups.version?.data?.projectId, getValues, setValue]);

  const issues = useMemo(() => issuesByPath(schema, values), [schema, values]);
  // asked again when a launch starts and once Nova has the server (the name is then in use)
  const nameInUse = useNameInUse(cloud, values.name ?? '', `${runCount}:${launchedName ?? ''}`);
  const tried = formState.submitCount > 0;
  const { dirtyFields, touchedFields } = formState;

  const ui: LaunchUi = {
    cloud,
    lookups,
    microversion,
    usage,
    errorFor: (path) => {
      const msgs = issues.get(path);
      if (!msgs || msgs.length === 0) return undefined;
      const visited = tried || marked(dirtyFields, path) || marked(touchedFields, path) || filled(values, path);
      return visited ? msgs.join(' ') : undefined;
    },
    reload: (key: LookupKey) => void store.getState().reloadLookup(cloud, key),
    nameInUse,
  };
  // A step's badge counts what its fields would show: nothing nags before the user got there.
  const issueCounts = new Map<StepId, number>();
  for (const [path, msgs] of issues) {
    if (ui.errorFor(path)) issueCounts.set(stepOfField(path), (issueCounts.get(stepOfField(path)) ?? 0) + msgs.length);
  }

  const onValid = async (request: ServerCreateRequest) => {
    setSending(true);
    setSubmitError(undefined);
    const r = await store.getState().launch(cloud, request);
    setSending(false);
    if (!r.ok) {
      setSubmitError(r.error);
      if (r.error.field) setStep(stepOfField(draftField(r.error.field)));
      notify({ kind: 'error', title: t('submit.failedTitle', { name: request.name }), detail: errorDetail(t, r.error) });
      return;
    }
    notify({ kind: 'info', title: t('submit.requested', { name: request.name }) });
  };
  const onInvalid = (errors: FieldErrors<LaunchDraft>) => {
    // show the first step with a problem, and the list of every problem by field
    const first = [...issues.keys()][0] ?? Object.keys(errors)[0];
    if (first) setStep(stepOfField(first));
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  const submit = () => void form.handleSubmit(onValid, onInvalid)();

  const index = STEPS.indexOf(step);
  const Panel = PANELS[step];
  const goTo = (path: string) => {
    setStep(stepOfField(path));
    requestAnimationFrame(() => document.getElementById(fieldId(path))?.focus());
  };

  return (
    <FormProvider {...form}>
      <LaunchUiProvider value={ui}>
        <div className="launch-body">
          <StepNav current={step} onSelect={setStep} issueCounts={issueCounts} lookups={lookups} />
          <div className="kit-stack">
            <div role="tabpanel" id={`step-panel-${step}`} aria-labelledby={`step-tab-${step}`} className="kit-panel step-panel">
              <h2 className="step-title">{t(`step.${step}`)}</h2>
              <Panel />
            </div>
            {(tried && issues.size > 0) || submitError ? (
              <div className="banner danger launch-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="summary-title">
                {tried && issues.size > 0 && (
                  <>
                    <strong id="summary-title">{t('submit.fix', { count: [...issues.values()].reduce((n, m) => n + m.length, 0) })}</strong>
                    <ul className="banner-list">
                      {[...issues].map(([path, msgs]) => (
                        <li key={path}>
                          <button type="button" className="link" onClick={() => goTo(path)}>
                            {t(`step.${stepOfField(path)}`)} › {fieldLabel(t, path)}
                          </button>
                          : {msgs.join(' ')}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {submitError && (
                  <p>
                    <strong>{t('submit.refused')}</strong>{' '}
                    {submitError.field && <>{fieldLabel(t, draftField(submitError.field))}: </>}
                    {errorDetail(t, submitError)}
                  </p>
                )}
              </div>
            ) : null}
            <div className="kit-row launch-foot">
              <button type="button" className="button" disabled={index <= 0} onClick={() => setStep(STEPS[index - 1]!)}>
                {t('nav.back')}
              </button>
              <button type="button" className="button" disabled={index >= STEPS.length - 1} onClick={() => setStep(STEPS[index + 1]!)}>
                {t('nav.next')}
              </button>
              <span className="kit-grow" />
              <span className="muted small">{microversion ? t('submit.version', { version: microversion }) : ''}</span>
              {launchedName !== undefined ? (
                <LaunchedNotice name={launchedName} onRearm={() => store.getState().rearm(cloud)} />
              ) : (
                <>
                  {!!nameInUse && <span className="launch-name-warning small">{t('details.nameInUseShort', { count: nameInUse })}</span>}
                  <button type="button" className="button primary" disabled={sending} onClick={submit}>
                    {sending ? t('submit.sending') : values.count > 1 ? t('submit.launchCount', { count: values.count }) : t('submit.launch')}
                  </button>
                </>
              )}
            </div>
          </div>
          <aside className="kit-stack launch-aside" aria-label={t('aside')}>
            <RunsPanel />
            <FitPanel draft={values} />
            <PreviewPanel draft={values} />
          </aside>
        </div>
      </LaunchUiProvider>
    </FormProvider>
  );
}
