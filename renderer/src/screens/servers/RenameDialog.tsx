import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Description, Name } from '../../../../shared/schemas/fields.js';
import type { ServerUpdateRequest } from '../../../../shared/schemas/server-actions.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { useComputeVersion } from '../server-groups/use-compute-version.js';
import { FeatureNote, offers } from './FeatureNote.js';
import { renameTo } from './server-actions.js';
import type { ServerDialogProps } from './server-dialog.js';

/** Rename a server and edit its description (compute 2.19+): only what changed is sent. */
export function RenameDialog({ rows: [row], cloud, close, proceed }: ServerDialogProps) {
  const { t } = useTranslation('servers');
  const version = useComputeVersion(cloud);
  const server = row!.server;
  const [name, setName] = useState(server.name);
  const [description, setDescription] = useState(server.description ?? '');
  const [problems, setProblems] = useState<{ name?: string; description?: string }>({});
  const withDescription = offers('server.description', version);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = Name.safeParse(name);
    const d = Description.safeParse(description);
    if (!n.success || !d.success) {
      return setProblems({ ...(n.success ? {} : { name: t('renameDialog.nameInvalid') }), ...(d.success ? {} : { description: t('renameDialog.descriptionTooLong') }) });
    }
    const changes: ServerUpdateRequest = {
      ...(n.data !== server.name ? { name: n.data } : {}),
      // '' is sent as null: Nova then clears it (an empty string would be kept as one)
      ...(withDescription && d.data !== (server.description ?? '') ? { description: d.data === '' ? null : d.data } : {}),
    };
    if (Object.keys(changes).length === 0) return close();
    proceed(renameTo(changes));
  };

  return (
    <FormDialog title={t('renameDialog.title', { name: server.name })} formId="srv-rename" submitLabel={t('renameDialog.submit')} submitting={false} onSubmit={submit} onClose={close}>
      <FormField label={t('renameDialog.name')} problem={problems.name}>
        <input type="text" autoComplete="off" data-autofocus maxLength={255} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!problems.name} />
      </FormField>
      {withDescription && (
        <FormField label={t('drawer.description')} problem={problems.description}>
          <textarea rows={3} maxLength={255} value={description} onChange={(e) => setDescription(e.target.value)} aria-invalid={!!problems.description} />
        </FormField>
      )}
      <FeatureNote feature="server.description" version={version} what={t('drawer.description')} />
    </FormDialog>
  );
}
