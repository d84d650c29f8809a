import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../shared/domain/volume.js';
import { VolumeSize } from '../../../../shared/schemas/volume.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import type { DialogProps } from '../../kit/ResourceView.js';
import { extendTo } from './volume-actions.js';

/** Grow a volume: Cinder cannot shrink one, so the new size must be larger. */
export function ExtendDialog({ rows: [v], close, proceed }: DialogProps<Volume>) {
  const { t } = useTranslation('volumes');
  const [size, setSize] = useState(String((v?.sizeGb ?? 0) + 1));
  const [problem, setProblem] = useState<string | undefined>();
  if (!v) return null;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = VolumeSize.safeParse(Number(size));
    if (!n.success || n.data <= v.sizeGb) return setProblem(t('extendDialog.mustGrow', { size: v.sizeGb }));
    proceed(extendTo(n.data));
  };
  return (
    <FormDialog title={t('extendDialog.title', { name: v.name || v.id })} formId="vol-extend" submitLabel={t('extendDialog.submit')} submitting={false} onSubmit={submit} onClose={close}>
      <FormField label={t('form.sizeGb')} problem={problem}>
        <input type="number" min={v.sizeGb + 1} step={1} data-autofocus value={size} onChange={(e) => setSize(e.target.value)} aria-invalid={!!problem} />
      </FormField>
    </FormDialog>
  );
}
