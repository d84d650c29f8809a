import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importProblemText } from './main-messages.js';
import type { SerializedError } from '../../../../shared/errors.js';
import type { ImportScanView, SecretStorageInfo } from '../../../../shared/schemas/profile.js';
import { api } from '../../lib/api.js';
import { errorText } from '../../kit/error-text.js';
import { Modal } from '../../kit/Modal.js';
import { useClouds } from '../../stores/clouds.js';
import { notify } from '../../stores/notify.js';
import { initialChoices, renameProblem, resolutionsOf, type CandidateChoice, type Choice } from './import-choices.js';
import { translateValidation } from './validation-messages.js';

const MAX_FILE = 2_000_000;

async function readPicked(input: HTMLInputElement | null): Promise<{ name: string; text: string } | undefined> {
  const file = input?.files?.[0];
  if (!file) return undefined;
  if (file.size > MAX_FILE) throw new Error('too big');
  return { name: file.name, text: await file.text() };
}

/**
 * clouds.yaml import: scan the standard places or picked files, review the candidates and
 * problems, decide each conflict (rename, replace, skip), then apply.
 */
export function ImportDialog({ secretStorage, onClose }: { secretStorage?: SecretStorageInfo; onClose(): void }) {
  const { t } = useTranslation('profiles');
  const profiles = useClouds((s) => s.profiles);
  const existingNames = profiles.map((p) => p.name);
  const [scan, setScan] = useState<ImportScanView>();
  const [choices, setChoices] = useState<Record<string, CandidateChoice>>({});
  const [rememberSecrets, setRememberSecrets] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const cloudsRef = useRef<HTMLInputElement>(null);
  const secureRef = useRef<HTMLInputElement>(null);
  const cloudsId = useId();
  const secureId = useId();

  function scanned(r: { ok: true; value: ImportScanView } | { ok: false; error: SerializedError }) {
    if (!r.ok) return setError(errorText(t, r.error));
    setScan(r.value);
    setChoices(initialChoices(r.value.candidates, existingNames));
  }

  async function scanStandard() {
    setBusy(true);
    setError(undefined);
    scanned(await api.invoke('profiles.scanImport', { source: 'standard' }));
    setBusy(false);
  }

  async function scanFiles() {
    setError(undefined);
    let clouds, secure;
    try {
      clouds = await readPicked(cloudsRef.current);
      secure = await readPicked(secureRef.current);
    } catch {
      return setError(t('import.fileTooBig'));
    }
    if (!clouds) return setError(t('import.pickFile'));
    setBusy(true);
    scanned(await api.invoke('profiles.scanImport', { source: 'files', clouds, ...(secure ? { secure } : {}) }));
    setBusy(false);
  }

  async function apply() {
    if (!scan) return;
    setBusy(true);
    setError(undefined);
    const r = await api.invoke('profiles.applyImport', { scanId: scan.scanId, resolutions: resolutionsOf(choices), rememberSecrets });
    setBusy(false);
    if (!r.ok) return setError(errorText(t, r.error));
    const { created, replaced, skipped } = r.value;
    notify({
      kind: 'success',
      title: t('import.done'),
      detail: t('import.summary', { created: created.length, replaced: replaced.length, skipped: skipped.length }),
    });
    await useClouds.getState().load().catch(() => {});
    onClose();
  }

  const setChoice = (name: string, patch: Partial<CandidateChoice>) =>
    setChoices((c) => ({ ...c, [name]: { ...(c[name] ?? { choice: 'import', name }), ...patch } }));
  const problems = scan ? scan.candidates.map((c) => renameProblem(c.name, choices, existingNames)) : [];
  const toImport = scan ? scan.candidates.filter((c) => choices[c.name]?.choice !== 'skip').length : 0;

  return (
    <Modal
      title={t('import.title')}
      wide
      onClose={onClose}
      footer={
        <>
          {scan && (
            <button type="button" className="button" onClick={() => setScan(undefined)}>
              {t('import.back')}
            </button>
          )}
          <span className="kit-grow" />
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          {scan && (
            <button type="button" className="button primary" disabled={busy || toImport === 0 || problems.some(Boolean)} onClick={() => void apply()}>
              {t('import.apply', { count: toImport })}
            </button>
          )}
        </>
      }
    >
      {error && (
        <div className="banner danger" role="alert">
          {error}
        </div>
      )}
      {!scan && (
        <div className="import-sources">
          <section className="kit-panel import-source" aria-labelledby="import-standard">
            <h3 id="import-standard">{t('import.standardTitle')}</h3>
            <p className="muted">{t('import.standardHint')}</p>
            <button type="button" className="button" onClick={() => void scanStandard()} disabled={busy}>
              {t('import.scanStandard')}
            </button>
          </section>
          <section className="kit-panel import-source" aria-labelledby="import-files">
            <h3 id="import-files">{t('import.filesTitle')}</h3>
            <div className="kit-stack form-field">
              <label htmlFor={cloudsId}>{t('import.cloudsFile')}</label>
              <input id={cloudsId} ref={cloudsRef} type="file" accept=".yaml,.yml,text/yaml" />
            </div>
            <div className="kit-stack form-field">
              <label htmlFor={secureId}>{t('import.secureFile')}</label>
              <input id={secureId} ref={secureRef} type="file" accept=".yaml,.yml,text/yaml" />
            </div>
            <button type="button" className="button" onClick={() => void scanFiles()} disabled={busy}>
              {t('import.readFiles')}
            </button>
          </section>
        </div>
      )}
      {scan && (
        <div className="import-review">
          <p className="muted">
            {scan.files.clouds ? t('import.readFrom', { file: scan.files.clouds }) : t('import.noneFound')}
            {scan.files.secure && <> · {t('import.secureFrom', { file: scan.files.secure })}</>}
          </p>
          {scan.files.searched.length > 0 && (
            <details>
              <summary>{t('import.searched', { count: scan.files.searched.length })}</summary>
              <ul className="mono">
                {scan.files.searched.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </details>
          )}
          {scan.problems.length > 0 && (
            <div className="banner warn" role="group" aria-label={t('import.problems')}>
              <strong>{t('import.problems')}</strong>
              <ul>
                {scan.problems.map((p, i) => (
                  <li key={i}>
                    {p.cloud && <strong>{p.cloud}</strong>} {p.field && <span className="mono">{p.field}</span>} {importProblemText(t, p)}{' '}
                    <span className="muted mono">({p.file})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {scan.candidates.length === 0 ? (
            <p>{t('import.noCandidates')}</p>
          ) : (
            <table className="data">
              <caption className="visually-hidden">{t('import.candidates')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('col.name')}</th>
                  <th scope="col">{t('col.authType')}</th>
                  <th scope="col">{t('col.authUrl')}</th>
                  <th scope="col">{t('col.region')}</th>
                  <th scope="col">{t('col.secret')}</th>
                  <th scope="col">{t('import.action')}</th>
                </tr>
              </thead>
              <tbody>
                {scan.candidates.map((c, i) => {
                  const ch = choices[c.name] ?? { choice: 'import' as Choice, name: c.name };
                  const problem = problems[i];
                  const options: Choice[] = c.conflictsWith ? ['rename', 'replace', 'skip'] : ['import', 'rename', 'skip'];
                  return (
                    <tr key={c.name}>
                      <th scope="row">
                        {c.name}
                        {c.conflictsWith && <span className="badge warn">{t('import.conflict')}</span>}
                        {c.warnings.map((w) => (
                          <div key={w} className="muted small">
                            {w}
                          </div>
                        ))}
                      </th>
                      <td>{t(`authType.${c.profile.auth.type}`)}</td>
                      <td className="mono ellipsis">{c.profile.auth.authUrl}</td>
                      <td>{c.region ?? c.profile.region ?? '—'}</td>
                      <td>{c.hasSecret ? t('secret.stored') : t('secret.missing')}</td>
                      <td>
                        <div className="import-choice">
                          <select
                            aria-label={t('import.actionFor', { name: c.name })}
                            value={ch.choice}
                            onChange={(e) => setChoice(c.name, { choice: e.target.value as Choice })}
                          >
                            {options.map((o) => (
                              <option key={o} value={o}>
                                {t(`import.choice.${o}`)}
                              </option>
                            ))}
                          </select>
                          {ch.choice === 'rename' && (
                            <input
                              type="text"
                              aria-label={t('import.newNameFor', { name: c.name })}
                              aria-invalid={problem ? true : undefined}
                              value={ch.name}
                              onChange={(e) => setChoice(c.name, { name: e.target.value })}
                            />
                          )}
                        </div>
                        {problem && (
                          <div className="field-error">
                            {problem.message ? translateValidation(t, problem.message) : t(problem.key)}
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {scan.candidates.some((c) => c.hasSecret) && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={rememberSecrets}
                disabled={secretStorage?.persistent === false}
                onChange={(e) => setRememberSecrets(e.target.checked)}
              />
              {t('import.rememberSecrets')}
            </label>
          )}
        </div>
      )}
    </Modal>
  );
}
