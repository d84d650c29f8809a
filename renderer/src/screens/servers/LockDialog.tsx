import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LockReason } from '../../../../shared/schemas/server-actions.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { useComputeVersion } from '../server-groups/use-compute-version.js';
import { FeatureNote, offers } from './FeatureNote.js';
import { lockWith } from './server-actions.js';
import { titleFor, type ServerDialogProps } from './server-dialog.js';

/** Lock one server or a selection, with an optional reason where the cloud keeps one (2.73+). */
export function LockDialog({ rows, cloud, close, proceed }: ServerDialogProps) {
  const { t } = useTranslation('servers');
  const version = useComputeVersion(cloud);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const withReason = offers('server.lock.reason', version);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!withReason || reason.trim() === '') return proceed(lockWith(undefined));
    const parsed = LockReason.safeParse(reason);
    if (!parsed.success) return setProblem(t('lockDialog.reasonTooLong'));
    proceed(lockWith(parsed.data));
  };

  return (
    <FormDialog
      title={titleFor(t, 'lockDialog.title', rows)}
      formId="srv-lock"
      submitLabel={t('action.lock')}
      submitting={false}
      onSubmit={submit}
      onClose={close}
    >
      {withReason && (
        <FormField label={t('lockDialog.reason')} problem={problem}>
          <input type="text" autoComplete="off" data-autofocus maxLength={255} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={!!problem} />
        </FormField>
      )}
      <FeatureNote feature="server.lock.reason" version={version} what={t('lockDialog.reason')} />
    </FormDialog>
  );
}

