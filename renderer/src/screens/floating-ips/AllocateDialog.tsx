import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../../shared/domain/network.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { notify } from '../../stores/notify.js';
import { allocate } from './floating-ip-ops.js';
import { isFloatingIpQuota } from './floating-ip-rules.js';
import { useQuotaText } from './use-quota-text.js';

/** Allocate from one of several external networks (with one, the screen's button allocates at once). */
export function AllocateDialog({ cloud, networks, onClose }: { cloud: string; networks: readonly Network[]; onClose(): void }) {
  const { t } = useTranslation('floatingIps');
  const [networkId, setNetworkId] = useState(networks[0]?.id ?? '');
  const [error, setError] = useState<SerializedError | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const quotaText = useQuotaText(cloud);
  const [quota, setQuota] = useState<string | undefined>();

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const network = networks.find((n) => n.id === networkId);
    if (!network) return;
    setError(undefined);
    setQuota(undefined);
    setSubmitting(true);
    const r = await allocate(cloud, network.id);
    setSubmitting(false);
    if (!r.ok) {
      if (isFloatingIpQuota(r.error)) return setQuota(await quotaText());
      return setError(r.error);
    }
    notify({ kind: 'success', title: t('allocate.done', { address: r.value.floatingIpAddress, network: network.name || network.id }) });
    onClose();
  };

  return (
    <FormDialog
      title={t('allocate.title')}
      formId="fip-allocate"
      submitLabel={submitting ? t('allocate.working') : t('allocate.submit')}
      submitting={submitting}
      onSubmit={(e) => void submit(e)}
      onClose={onClose}
      error={error}
    >
      <FormField label={t('allocate.network')} problem={quota}>
        <select data-autofocus value={networkId} aria-invalid={!!quota} onChange={(e) => setNetworkId(e.target.value)}>
          {networks.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name || n.id}
            </option>
          ))}
        </select>
      </FormField>
    </FormDialog>
  );
}
