import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../../shared/domain/flavor.js';
import type { Server } from '../../../../shared/domain/server.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { formatGiB, formatMiB } from '../../lib/units.js';
import { Modal } from '../../shell/Modal.js';
import { errorDetail } from '../../shell/error-text.js';

/** True when the flavor is the one the server runs (by id before 2.47, by name after). */
function isCurrent(f: Flavor, s: Server): boolean {
  return s.flavor.id ? f.id === s.flavor.id : f.name === s.flavor.name;
}

/**
 * Pick the new flavor. After Nova resizes, the server waits in VERIFY_RESIZE for the user to
 * confirm or revert: the list then offers both on the row.
 */
export function ResizeDialog({ cloud, server, onConfirm, onClose }: { cloud: string; server: Server; onConfirm(flavorId: string): void; onClose(): void }) {
  const { t } = useTranslation('servers');
  const [flavors, setFlavors] = useState<Flavor[] | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  const [choice, setChoice] = useState('');

  useEffect(() => {
    let live = true;
    void api.invoke('flavors.list', { cloud }).then((r) => {
      if (!live) return;
      if (r.ok) setFlavors([...r.value].sort((a, b) => a.vcpus - b.vcpus || a.ramMb - b.ramMb || a.name.localeCompare(b.name)));
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [cloud]);

  const options = flavors?.filter((f) => !isCurrent(f, server)) ?? [];
  return (
    <Modal
      title={t('resize.title', { name: server.name })}
      description={t('resize.description', { flavor: server.flavor.name ?? server.flavor.id ?? '' })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="button" className="button primary" disabled={!choice} onClick={() => onConfirm(choice)}>
            {t('resize.submit')}
          </button>
        </>
      }
    >
      {error && (
        <p role="alert" className="banner danger">
          {errorDetail(t, error)}
        </p>
      )}
      {!flavors && !error && <p className="muted">{t('loading')}</p>}
      {flavors && (
        <label className="kit-stack kit-field">
          <span>{t('resize.flavor')}</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)} data-autofocus>
            <option value="">{t('resize.choose')}</option>
            {options.map((f) => (
              <option key={f.id} value={f.id}>
                {t('resize.option', { name: f.name, vcpus: f.vcpus, ram: formatMiB(f.ramMb), disk: formatGiB(f.diskGb) })}
              </option>
            ))}
          </select>
        </label>
      )}
    </Modal>
  );
}
