import { useEffect, useState, type FormEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../../shared/errors.js';
import { KeypairName } from '../../../../../shared/schemas/keypair.js';
import { api } from '../../../lib/api.js';
import { errorText } from '../../../kit/error-text.js';
import type { LaunchDraft } from '../draft.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { readFileBytes, saveTextFile } from '../save-file.js';
import { generateEd25519 } from '../ssh-key.js';
import { ChoiceRow, NameCell, NoneRow, PickerTable } from '../PickerTable.js';
import { StepGate } from '../StepGate.js';

/** Choose a key pair, import a public key, or make an ed25519 pair here and keep the private key. */
export function KeyPairStep() {
  return (
    <StepGate needs={['keypairs']}>
      <KeyPairs />
    </StepGate>
  );
}

type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | undefined;

function KeyPairs() {
  const { t } = useTranslation('launch');
  const { setValue, control, getFieldState } = useFormContext<LaunchDraft>();
  const { lookups, cloud, reload } = useLaunchUi();
  const keyName = useWatch({ control, name: 'keyName' });
  const keypairs = lookups.keypairs?.data ?? [];
  const choose = (name: string) => setValue('keyName', name, { shouldDirty: true, shouldTouch: true });

  // The only key pair is the one wanted nearly every time (a server without one cannot be
  // reached by ssh). A choice already made here, "No key pair" included, is left alone.
  const only = keypairs.length === 1 ? keypairs[0]?.name : undefined;
  useEffect(() => {
    if (only && keyName === '' && !getFieldState('keyName').isTouched) choose(only);
    // only when the list itself changes: a later "none" must stay
  }, [only]);

  const [genName, setGenName] = useState('');
  const [genStatus, setGenStatus] = useState<Status>();
  const [pending, setPending] = useState<{ name: string; publicKey: string } | undefined>();
  const [impName, setImpName] = useState('');
  const [impKey, setImpKey] = useState('');
  const [impStatus, setImpStatus] = useState<Status>();

  const nameProblem = (name: string): string | undefined => {
    if (!KeypairName.safeParse(name).success) return t('keypair.badName');
    if (keypairs.some((k) => k.name === name)) return t('keypair.exists', { name });
    return undefined;
  };

  /** Registers a public key with Nova and selects it. */
  const register = async (name: string, publicKey: string): Promise<SerializedError | undefined> => {
    const r = await api.invoke('keypairs.import', { cloud, keypair: { name, publicKey } });
    if (!r.ok) return r.error;
    reload('keypairs');
    choose(name);
    return undefined;
  };

  const generate = async (e: FormEvent) => {
    e.preventDefault();
    const name = genName.trim();
    const problem = nameProblem(name);
    if (problem) return setGenStatus({ kind: 'error', text: problem });
    setGenStatus({ kind: 'busy', text: t('keypair.generating') });
    try {
      const key = await generateEd25519(name);
      // Saved first: a registered key whose private half was never kept is useless.
      const saved = await saveTextFile(`${name}.pem`, key.privateKey, t('keypair.privateKeyFile'));
      if (saved === 'cancelled') return setGenStatus({ kind: 'error', text: t('keypair.saveCancelled') });
      const error = await register(name, key.publicKey);
      if (error) {
        setPending({ name, publicKey: key.publicKey });
        return setGenStatus({ kind: 'error', text: t('keypair.registerFailed', { error: errorText(t, error) }) });
      }
      setPending(undefined);
      setGenName('');
      setGenStatus({ kind: 'ok', text: t(saved === 'saved' ? 'keypair.generatedSaved' : 'keypair.generatedDownloaded', { name, fingerprint: key.fingerprint }) });
    } catch (err) {
      setGenStatus({ kind: 'error', text: t('keypair.generateFailed', { error: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const retryRegister = async () => {
    if (!pending) return;
    const error = await register(pending.name, pending.publicKey);
    if (error) return setGenStatus({ kind: 'error', text: t('keypair.registerFailed', { error: errorText(t, error) }) });
    setPending(undefined);
    setGenStatus({ kind: 'ok', text: t('keypair.registered', { name: pending.name }) });
  };

  const importKey = async (e: FormEvent) => {
    e.preventDefault();
    const name = impName.trim();
    const problem = nameProblem(name) ?? (impKey.trim() === '' ? t('keypair.keyRequired') : undefined);
    if (problem) return setImpStatus({ kind: 'error', text: problem });
    setImpStatus({ kind: 'busy', text: t('keypair.importing') });
    const error = await register(name, impKey.trim());
    if (error) return setImpStatus({ kind: 'error', text: errorText(t, error) });
    setImpName('');
    setImpKey('');
    setImpStatus({ kind: 'ok', text: t('keypair.registered', { name }) });
  };

  const loadPub = async (file: File | undefined) => {
    if (!file) return;
    setImpKey(new TextDecoder().decode(await readFileBytes(file)).trim());
    if (!impName) setImpName(file.name.replace(/\.pub$/, '').replace(/[^A-Za-z0-9 _.@-]/g, '-'));
  };

  return (
    <div className="kit-stack launch-stack">
      <FieldError path="keyName" />
      <PickerTable label={t('step.keypair')} choosing headings={[t('table.name'), t('keypair.type'), t('keypair.fingerprint')]}>
        <NoneRow group="keyName" label={t('keypair.none')} checked={keyName === ''} onChoose={() => choose('')} span={3} />
        {keypairs.map((k) => (
          <ChoiceRow key={k.name} type="radio" group="keyName" label={k.name} checked={keyName === k.name} onChange={() => choose(k.name)}>
            <NameCell>{k.name}</NameCell>
            <td>{k.type}</td>
            <td className="mono small">{k.fingerprint}</td>
          </ChoiceRow>
        ))}
      </PickerTable>

      <div className="launch-columns">
        <form className="kit-panel kit-stack launch-panel" aria-labelledby="kp-gen-title" onSubmit={(e) => void generate(e)}>
          <h3 id="kp-gen-title">{t('keypair.generateTitle')}</h3>
          <p className="muted small">{t('keypair.generateHelp')}</p>
          <label className="kit-stack stacked">
            <span>{t('keypair.newName')}</span>
            <input type="text" value={genName} onChange={(e) => setGenName(e.target.value)} autoComplete="off" />
          </label>
          <div className="kit-row">
            <button type="submit" className="button" disabled={genStatus?.kind === 'busy'}>
              {t('keypair.generate')}
            </button>
            {pending && (
              <button type="button" className="button" onClick={() => void retryRegister()}>
                {t('keypair.retryRegister')}
              </button>
            )}
          </div>
          {genStatus && <StatusLine status={genStatus} />}
        </form>

        <form className="kit-panel kit-stack launch-panel" aria-labelledby="kp-imp-title" onSubmit={(e) => void importKey(e)}>
          <h3 id="kp-imp-title">{t('keypair.importTitle')}</h3>
          <label className="kit-stack stacked">
            <span>{t('keypair.newName')}</span>
            <input type="text" value={impName} onChange={(e) => setImpName(e.target.value)} autoComplete="off" />
          </label>
          <label className="kit-stack stacked">
            <span>{t('keypair.publicKey')}</span>
            <textarea className="mono" rows={3} value={impKey} onChange={(e) => setImpKey(e.target.value)} placeholder="ssh-ed25519 AAAA…" />
          </label>
          <div className="kit-row">
            <label className="button file-button">
              {t('keypair.loadFile')}
              <input type="file" accept=".pub,text/plain" className="visually-hidden" onChange={(e) => void loadPub(e.target.files?.[0])} />
            </label>
            <button type="submit" className="button" disabled={impStatus?.kind === 'busy'}>
              {t('keypair.import')}
            </button>
          </div>
          {impStatus && <StatusLine status={impStatus} />}
        </form>
      </div>
    </div>
  );
}

function StatusLine({ status }: { status: NonNullable<Status> }) {
  return (
    <div role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'field-error' : 'muted small'}>
      {status.text}
    </div>
  );
}
