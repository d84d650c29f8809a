import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../shared/domain/volume.js';
import { Name } from '../../../../shared/schemas/fields.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import type { DialogProps } from '../../kit/ResourceView.js';
import { snapshotAs } from './volume-actions.js';

/** Name a snapshot of the volume; the Snapshots list shows it once Cinder has made it. */
export function SnapshotDialog({ rows: [v], close, proceed }: DialogProps<Volume>) {
  const { t } = useTranslation('volumes');
  const [name, setName] = useState(`${v?.name || 'volume'}-snap`);
  const [problem, setProblem] = useState<string | undefined>();
  if (!v) return null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = Name.safeParse(name);
    if (!n.success) return setProblem(t('form.nameInvalid'));
    proceed(snapshotAs(n.data));
  };
  return (
    <FormDialog title={t('snapshotDialog.title', { name: v.name || v.id })} formId="vol-snapshot" submitLabel={t('snapshotDialog.submit')} submitting={false} onSubmit={submit} onClose={close}>
      <FormField label={t('form.name')} problem={problem}>
        <input type="text" autoComplete="off" data-autofocus maxLength={255} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!problem} />
      </FormField>
    </FormDialog>
  );
}
