import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvailabilityZone } from '../../../../shared/domain/availability-zone.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { unshelveTo } from './server-actions.js';
import { titleFor, type ServerDialogProps } from './server-dialog.js';

/** Unshelve one server or a selection (one choice for all) into a zone of the cloud's, or wherever Nova schedules it (compute 2.77+). */
export function UnshelveDialog({ rows, cloud, close, proceed }: ServerDialogProps) {
  const { t } = useTranslation('servers');
  const [zones, setZones] = useState<AvailabilityZone[] | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  const [zone, setZone] = useState('');

  useEffect(() => {
    let live = true;
    void api.invoke('availabilityZones.list', { cloud }).then((r) => {
      if (!live) return;
      if (r.ok) setZones(r.value.filter((z) => z.available));
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [cloud]);

  return (
    <FormDialog
      title={titleFor(t, 'unshelveDialog.title', rows)}
      formId="srv-unshelve"
      submitLabel={t('action.unshelve')}
      submitting={false}
      error={error}
      onSubmit={(e) => {
        e.preventDefault();
        proceed(unshelveTo(zone || undefined));
      }}
      onClose={close}
    >
      <FormField label={t('unshelveDialog.zone')}>
        <select data-autofocus value={zone} onChange={(e) => setZone(e.target.value)}>
          <option value="">{t('unshelveDialog.any')}</option>
          {(zones ?? []).map((z) => (
            <option key={z.name} value={z.name}>
              {z.name}
            </option>
          ))}
        </select>
      </FormField>
      {zones === undefined && !error && <p className="muted small">{t('unshelveDialog.loading')}</p>}
    </FormDialog>
  );
}
