import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../kit/error-text.js';
import { toRequest, type LaunchDraft } from './draft.js';
import { useLaunchUi, useRootMinGb } from './launch-context.js';
import { problemMessage } from './messages.js';
import { previewBody } from './preview-body.js';

/** The exact `POST /servers` main will send: microversion headers and JSON body, secrets hidden. */
export function PreviewPanel({ draft }: { draft: LaunchDraft }) {
  const { t } = useTranslation('launch');
  const { microversion, lookups, reload } = useLaunchUi();
  const [copied, setCopied] = useState(false);
  const rootMin = useRootMinGb(draft);
  const preview = useMemo(() => (microversion ? previewBody(toRequest(draft, rootMin), microversion) : undefined), [draft, microversion, rootMin]);
  const json = preview ? JSON.stringify(preview.body, null, 2) : '';
  const version = lookups.version;

  const copy = async () => {
    await navigator.clipboard.writeText(json);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <section className="kit-panel kit-stack launch-panel preview" aria-labelledby="preview-title">
      <div className="kit-row">
        <h2 id="preview-title">{t('preview.title')}</h2>
        <span className="kit-grow" />
        {preview && (
          <button type="button" className="button ghost" onClick={() => void copy()}>
            {copied ? t('preview.copied') : t('preview.copy')}
          </button>
        )}
      </div>
      {!preview ? (
        version?.state === 'error' ? (
          <p className="field-error">
            {t('preview.noVersion')} {errorText(t, version.error)}{' '}
            <button type="button" className="button ghost" onClick={() => reload('version')}>
              {t('gate.retry')}
            </button>
          </p>
        ) : (
          <p className="muted small">{t('preview.loading')}</p>
        )
      ) : (
        <>
          <pre className="mono muted" aria-label={t('preview.headers')}>
            {`${preview.method} ${preview.path}\n`}
            {Object.entries(preview.headers)
              .map(([k, v]) => `${k}: ${v}`)
              .join('\n')}
          </pre>
          <pre className="mono request-body" aria-label={t('preview.body')} tabIndex={0}>
            {json}
          </pre>
          {preview.problems.length > 0 && (
            <ul className="preview-problems" aria-label={t('preview.problems')}>
              {preview.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.field}</code> {problemMessage(t, p)}
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">{t('preview.secretsNote')}</p>
        </>
      )}
    </section>
  );
}
