import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_CONTAINER_FORMATS, IMAGE_DISK_FORMATS, IMAGE_VISIBILITIES } from '../../../../shared/domain/image.js';
import { useImages, type ImageFilters } from './images-store.js';

const STATUSES = ['active', 'queued', 'saving', 'importing', 'deactivated', 'killed'] as const;

/** Glance's own filters: each change lists again (every page); `shared` also shows shares not yet accepted. */
export function ImageFilterBar({ cloud }: { cloud: string }) {
  const { t } = useTranslation('images');
  // kept here, not read back from the list: a change made while the last one is still being answered builds on it
  const [current, setCurrent] = useState<ImageFilters>(() => useImages.getState().lists[cloud]?.args ?? {});
  const [name, setName] = useState(current.name ?? '');
  const apply = (patch: Partial<ImageFilters>) => {
    const next: ImageFilters = { ...current, ...patch };
    for (const k of Object.keys(next) as Array<keyof ImageFilters>) if (next[k] === undefined || next[k] === '' || next[k] === false) delete next[k];
    if (next.visibility === 'shared') next.memberStatus = 'all';
    else delete next.memberStatus;
    setCurrent(next);
    void useImages.getState().load(cloud, next);
  };
  const select = (key: 'status' | 'visibility' | 'diskFormat' | 'containerFormat', options: readonly string[], label: (v: string) => string) => (
    <select aria-label={t(`filter.${key}`)} value={current[key] ?? ''} onChange={(e) => apply({ [key]: e.target.value || undefined })}>
      <option value="">{t(`filter.${key}Any`)}</option>
      {options.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );
  return (
    <div className="kit-row" role="group" aria-label={t('filter.label')}>
      <input
        type="search"
        aria-label={t('filter.name')}
        placeholder={t('filter.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && apply({ name: name.trim() || undefined })}
        onBlur={() => name.trim() !== (current.name ?? '') && apply({ name: name.trim() || undefined })}
      />
      {select('status', STATUSES, (v) => t(`status.${v}`))}
      {select('visibility', IMAGE_VISIBILITIES, (v) => t(`visibility.${v}`))}
      {select('diskFormat', IMAGE_DISK_FORMATS, (v) => v)}
      {select('containerFormat', IMAGE_CONTAINER_FORMATS, (v) => v)}
      <label className="kit-row">
        <input type="checkbox" checked={!!current.mine} onChange={(e) => apply({ mine: e.target.checked })} />
        {t('filter.mine')}
      </label>
    </div>
  );
}
