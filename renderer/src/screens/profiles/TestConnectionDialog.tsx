import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import type { ConnectionReport, ProfileDraft } from '../../../../shared/schemas/profile.js';
import { api } from '../../lib/api.js';
import { errorText } from '../../kit/error-text.js';
import { Modal } from '../../kit/Modal.js';
import { ConnectionReportView } from './ConnectionReportView.js';

export interface TestInput {
  id?: string;
  profile?: ProfileDraft;
  secret?: string;
  /** for the title */
  name: string;
}

/** Runs 'profiles.testConnection' once and shows the report. */
export function TestConnectionDialog({ input, onClose }: { input: TestInput; onClose(): void }) {
  const { t } = useTranslation('profiles');
  const [report, setReport] = useState<ConnectionReport>();
  const [error, setError] = useState<SerializedError>();
  const [running, setRunning] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setRunning(true);
    setError(undefined);
    const { name: _name, ...request } = input;
    void api.invoke('profiles.testConnection', request).then((r) => {
      if (!live) return;
      setRunning(false);
      if (r.ok) setReport(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [input, attempt]);

  return (
    <Modal
      title={t('test.title', { name: input.name })}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)} disabled={running}>
            {t('test.again')}
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </>
      }
    >
      <div aria-live="polite" aria-busy={running}>
        {running && <p className="muted">{t('test.running')}</p>}
        {!running && error && (
          <div className="banner danger" role="alert">
            {errorText(t, error)}
          </div>
        )}
        {!running && report && <ConnectionReportView report={report} />}
      </div>
    </Modal>
  );
}
