import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../../shared/domain/flavor.js';
import type { Image } from '../../../../shared/domain/image.js';
import type { Server } from '../../../../shared/domain/server.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { formatGiB, formatMiB } from '../../lib/units.js';
import { Modal } from '../../kit/Modal.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';
import { usageFromLimits, type ComputeUsage } from '../launch/fit.js';
import { flavorReasonMessage } from '../launch/messages.js';
import { resizeReasons } from './resize-fit.js';

/** True when the flavor is the one the server runs (by id before 2.47, by name after). */
function isCurrent(f: Flavor, s: Server): boolean {
  return s.flavor.id ? f.id === s.flavor.id : f.name === s.flavor.name;
}

/**
 * Pick the new flavor. After Nova resizes, the server waits in VERIFY_RESIZE for the user to
 * confirm or revert: the list then offers both on the row.
 */
export function ResizeDialog({ cloud, server, onConfirm, onClose }: { cloud: string; server: Server; onConfirm(flavorId: string): void; onClose(): void }) {
  const { t } = useTranslation(['servers', 'launch']);
  const [flavors, setFlavors] = useState<Flavor[] | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  const [choice, setChoice] = useState('');
  // what the launch flavor step checks; a failed lookup only skips its checks, as there
  const [usage, setUsage] = useState<ComputeUsage | undefined>();
  const [image, setImage] = useState<Image | undefined>();

  useEffect(() => {
    let live = true;
    void api.invoke('flavors.list', { cloud }).then((r) => {
      if (!live) return;
      if (r.ok) setFlavors([...r.value].sort((a, b) => a.vcpus - b.vcpus || a.ramMb - b.ramMb || a.name.localeCompare(b.name)));
      else setError(r.error);
    });
    void api.invoke('limits.get', { cloud }).then((r) => live && r.ok && setUsage(usageFromLimits(r.value)));
    // a server booted from a volume has no image (imageId '')
    if (server.imageId) void api.invoke('images.get', { cloud, id: server.imageId }).then((r) => live && r.ok && setImage(r.value));
    return () => {
      live = false;
    };
  }, [cloud, server.imageId]);

  const options = useMemo(() => {
    const current = flavors?.find((f) => isCurrent(f, server));
    // the embedded copy (2.47+) is what the server runs even if the flavor was since changed
    const from = server.flavor.vcpus !== undefined ? server.flavor : (current ?? {});
    const why = (k: string, o?: Record<string, unknown>) => t(`launch:${k}`, o);
    return (flavors ?? [])
      .filter((f) => f !== current)
      .map((f) => ({ flavor: f, reasons: resizeReasons(f, from, { image, usage }).map((r) => flavorReasonMessage(why, r)) }));
  }, [flavors, server, image, usage, t]);
  const unfit = options.filter((o) => o.reasons.length > 0).length;
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
      <ErrorBanner error={error} />
      {!flavors && !error && <p className="muted">{t('loading')}</p>}
      {flavors && (
        <label className="kit-stack kit-field">
          <span>{t('resize.flavor')}</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)} data-autofocus>
            <option value="">{t('resize.choose')}</option>
            {options.map(({ flavor: f, reasons }) => (
              // Nova would refuse it or fail it after the fact: shown, with why, not offered
              <option key={f.id} value={f.id} disabled={reasons.length > 0}>
                {t('resize.option', { name: f.name, vcpus: f.vcpus, ram: formatMiB(f.ramMb), disk: formatGiB(f.diskGb) })}
                {reasons.length > 0 && ` — ${reasons.join('; ')}`}
              </option>
            ))}
          </select>
          {unfit > 0 && <span className="muted small">{t('resize.unfit', { count: unfit })}</span>}
        </label>
      )}
    </Modal>
  );
}
