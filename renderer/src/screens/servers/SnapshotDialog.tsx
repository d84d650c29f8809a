import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Name } from '../../../../shared/schemas/fields.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { toMetadata, type KvRow, type MetadataProblem } from './metadata-rows.js';
import { MetadataRows } from './MetadataRows.js';
import { snapshotAs } from './server-actions.js';
import type { ServerDialogProps } from './server-dialog.js';

/** Snapshot a server to a new image: its name and metadata. Glance's progress is followed after. */
export function SnapshotDialog({ rows: [row], close, proceed }: ServerDialogProps) {
  const { t } = useTranslation('servers');
  const server = row!.server;
  const [name, setName] = useState(`${server.name}-snap`);
  const [rows, setRows] = useState<KvRow[]>([]);
  const [problems, setProblems] = useState<{ name?: string; metadata?: MetadataProblem }>({});

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = Name.safeParse(name);
    const m = toMetadata(rows);
    if (!n.success || !('metadata' in m)) {
      return setProblems({ ...(n.success ? {} : { name: t('renameDialog.nameInvalid') }), ...('metadata' in m ? {} : { metadata: m }) });
    }
    proceed(snapshotAs(n.data, m.metadata));
  };

  return (
    <FormDialog
      title={t('snapshot.title', { name: server.name })}
      description={t('snapshot.description')}
      formId="srv-snapshot"
      submitLabel={t('snapshot.submit')}
      submitting={false}
      onSubmit={submit}
      onClose={close}
    >
      <FormField label={t('snapshot.name')} problem={problems.name}>
        <input type="text" autoComplete="off" data-autofocus maxLength={255} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!problems.name} />
      </FormField>
      <fieldset className="kit-stack">
        <legend>{t('drawer.metadata')}</legend>
        <MetadataRows rows={rows} onChange={setRows} problem={problems.metadata} />
      </fieldset>
    </FormDialog>
  );
}
