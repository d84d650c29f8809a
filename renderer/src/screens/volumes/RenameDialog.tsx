import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../shared/domain/volume.js';
import { Description, Name } from '../../../../shared/schemas/fields.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import type { DialogProps } from '../../kit/ResourceView.js';
import { renameTo } from './volume-actions.js';

/** A volume's name and description. */
export function RenameDialog({ rows: [v], close, proceed }: DialogProps<Volume>) {
  const { t } = useTranslation('volumes');
  const [name, setName] = useState(v?.name ?? '');
  const [description, setDescription] = useState(v?.description ?? '');
  const [problem, setProblem] = useState<{ name?: string; description?: string }>({});
  if (!v) return null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = Name.safeParse(name);
    const d = Description.safeParse(description);
    if (!n.success || !d.success) {
      return setProblem({ ...(n.success ? {} : { name: t('form.nameInvalid') }), ...(d.success ? {} : { description: t('form.descriptionTooLong') }) });
    }
    if (n.data === v.name && d.data === v.description) return close();
    proceed(renameTo(n.data, d.data));
  };
  return (
    <FormDialog title={t('renameDialog.title', { name: v.name || v.id })} formId="vol-rename" submitLabel={t('renameDialog.submit')} submitting={false} onSubmit={submit} onClose={close}>
      <FormField label={t('form.name')} problem={problem.name}>
        <input type="text" autoComplete="off" data-autofocus maxLength={255} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!problem.name} />
      </FormField>
      <FormField label={t('form.description')} problem={problem.description}>
        <textarea rows={3} maxLength={255} value={description} onChange={(e) => setDescription(e.target.value)} aria-invalid={!!problem.description} />
      </FormField>
    </FormDialog>
  );
}
