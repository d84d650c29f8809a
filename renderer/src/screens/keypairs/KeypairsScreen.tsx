import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Keypair } from '../../../../shared/domain/keypair.js';
import { Field } from '../../kit/DetailsDrawer.js';
import { ResourceScreen } from '../../kit/ResourceScreen.js';
import { GenerateDialog } from './GenerateDialog.js';
import { ImportDialog } from './ImportDialog.js';
import { KEYPAIR_ACTIONS } from './keypair-actions.js';
import { keypairColumns } from './keypair-columns.js';
import { useKeypairs } from './keypairs-store.js';

/** Key pairs of the current cloud: list, details, import, generate here, delete. */
export function KeypairsScreen() {
  const { t, i18n } = useTranslation('keypairs');
  const [making, setMaking] = useState<{ kind: 'generate' | 'import'; cloud: string } | undefined>();
  const taken = (cloud: string) => (useKeypairs.getState().lists[cloud]?.items ?? []).map((k) => k.name);

  return (
    <>
      <ResourceScreen<Keypair>
        ns="keypairs"
        store={useKeypairs}
        columns={keypairColumns(i18n.language)}
        actions={KEYPAIR_ACTIONS}
        nameOf={(k) => k.name}
        toolbar={(cloud) => (
          <>
            <button type="button" className="button" onClick={() => setMaking({ kind: 'import', cloud })}>
              {t('import.open')}
            </button>
            <button type="button" className="button primary" onClick={() => setMaking({ kind: 'generate', cloud })}>
              {t('generate.open')}
            </button>
          </>
        )}
        tabs={(k) => [
          {
            id: 'overview',
            label: t('tab.overview'),
            render: () => (
              <dl className="kit-dl">
                <Field label={t('column.name')}>{k.name}</Field>
                <Field label={t('column.type')}>{k.type}</Field>
                <Field label={t('column.fingerprint')}>
                  <span className="mono">{k.fingerprint}</span>
                </Field>
                <Field label={t('column.created')}>{k.createdAt && new Date(k.createdAt).toLocaleString(i18n.language)}</Field>
                <Field label={t('column.userId')}>{k.userId && <span className="mono">{k.userId}</span>}</Field>
              </dl>
            ),
          },
          {
            id: 'publicKey',
            label: t('tab.publicKey'),
            render: () => (
              <>
                <pre className="kit-pre">{k.publicKey}</pre>
                <div className="kit-row">
                  <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(k.publicKey)}>
                    {t('common:actions.copy')}
                  </button>
                </div>
              </>
            ),
          },
        ]}
      />
      {making?.kind === 'generate' && <GenerateDialog cloud={making.cloud} taken={taken(making.cloud)} onClose={() => setMaking(undefined)} />}
      {making?.kind === 'import' && <ImportDialog cloud={making.cloud} taken={taken(making.cloud)} onClose={() => setMaking(undefined)} />}
    </>
  );
}
