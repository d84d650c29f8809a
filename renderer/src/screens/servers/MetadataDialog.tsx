import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../../shared/errors.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { notify } from '../../stores/notify.js';
import { useComputeVersion } from '../server-groups/use-compute-version.js';
import { FeatureNote, offers } from './FeatureNote.js';
import { toMetadata, toRows, type KvRow, type MetadataProblem } from './metadata-rows.js';
import { MetadataRows } from './MetadataRows.js';
import type { ServerDialogProps } from './server-dialog.js';
import { useServers } from './servers-store.js';
import { parseTags, sameTags } from './tags-text.js';

/**
 * The server's metadata and tags (2.26+), each replaced as a whole when changed. Nothing
 * here disturbs what runs, so it is sent from the dialog, whose errors stay in it; the row
 * is re-read after.
 */
export function MetadataDialog({ rows: [row], cloud, close }: ServerDialogProps) {
  const { t } = useTranslation('servers');
  const version = useComputeVersion(cloud);
  const server = row!.server;
  const [metadata, setMetadata] = useState<KvRow[]>(() => toRows(server.metadata));
  const [tagText, setTagText] = useState(server.tags.join(', '));
  const [problems, setProblems] = useState<{ metadata?: MetadataProblem; tags?: string }>({});
  const [error, setError] = useState<SerializedError | undefined>();
  const [sending, setSending] = useState(false);
  const withTags = offers('server.tags.edit', version);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const m = toMetadata(metadata);
    const tags = parseTags(tagText);
    if (!('metadata' in m) || 'problem' in tags) {
      return setProblems({ ...('metadata' in m ? {} : { metadata: m }), ...('problem' in tags ? { tags: t(`filters.problem.${tags.problem}`) } : {}) });
    }
    setProblems({});
    setSending(true);
    const id = server.id;
    const sameMetadata = JSON.stringify(Object.entries(m.metadata).sort()) === JSON.stringify(Object.entries(server.metadata).sort());
    const r1 = sameMetadata ? undefined : await api.invoke('servers.setMetadata', { cloud, id, metadata: m.metadata });
    // tags only once the metadata went through: a refusal leaves nothing half-done behind it
    const tagsChanged = withTags && !sameTags(tags.tags, server.tags) && (!r1 || r1.ok);
    const r2 = tagsChanged ? await api.invoke('servers.setTags', { cloud, id, tags: tags.tags }) : undefined;
    setSending(false);
    await useServers.getState().refreshRows(cloud, [id]).catch(() => undefined);
    const failed = [r1, r2].find((r) => r && !r.ok);
    if (failed && !failed.ok) return setError(failed.error);
    notify({ kind: 'success', title: t('metadata.saved', { name: server.name }) });
    close();
  };

  return (
    <FormDialog
      wide
      title={t('metadata.title', { name: server.name })}
      formId="srv-metadata"
      submitLabel={t('renameDialog.submit')}
      submitting={sending}
      onSubmit={(e) => void submit(e)}
      onClose={close}
      error={error}
    >
      <fieldset className="kit-stack">
        <legend>{t('drawer.metadata')}</legend>
        <MetadataRows rows={metadata} onChange={setMetadata} problem={problems.metadata} />
      </fieldset>
      {withTags && (
        <FormField label={t('metadata.tags')} problem={problems.tags}>
          <input type="text" autoComplete="off" value={tagText} placeholder={t('filters.tagsPlaceholder')} onChange={(e) => setTagText(e.target.value)} aria-invalid={!!problems.tags} />
        </FormField>
      )}
      <FeatureNote feature="server.tags.edit" version={version} what={t('metadata.tags')} />
    </FormDialog>
  );
}
