import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../shared/domain/image.js';
import type { SerializedError } from '../../../../shared/errors.js';
import { api } from '../../lib/api.js';
import { ErrorBanner } from '../../kit/ErrorBanner.js';

/** At most this many images are offered: a picker, not a catalogue. */
const MAX_IMAGES = 500;

/**
 * The cloud's active images, by name, for a dialog that boots one (rescue, rebuild). `first`
 * is the option for '' (the server's own image, or "choose…").
 */
export function ImageSelect({ cloud, label, first, value, onChange }: { cloud: string; label: string; first: string; value: string; onChange(id: string): void }) {
  const { t } = useTranslation('servers');
  const [images, setImages] = useState<Image[] | undefined>();
  const [error, setError] = useState<SerializedError | undefined>();
  useEffect(() => {
    let live = true;
    void api.invoke('images.list', { cloud, status: 'active', sortKey: 'name', sortDir: 'asc', maxItems: MAX_IMAGES }).then((r) => {
      if (!live) return;
      if (r.ok) setImages(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [cloud]);
  return (
    <>
      <label className="kit-stack kit-field">
        <span>{label}</span>
        <select value={value} onChange={(e) => onChange(e.target.value)} disabled={!images}>
          <option value="">{images ? first : t('loading')}</option>
          {(images ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {i.name ?? i.id}
            </option>
          ))}
        </select>
      </label>
      <ErrorBanner error={error} />
    </>
  );
}
