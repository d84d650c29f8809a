import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../../shared/domain/flavor.js';
import type { Image } from '../../../../shared/domain/image.js';
import { api } from '../../lib/api.js';
import type { TFunction } from 'i18next';
import { novaStatusText } from '../../i18n/nova-terms.js';
import { useServersView } from './servers-view.js';
import { EMPTY_FILTERS, FILTER_STATUSES, filterSupported, toListFilters, type FilterForm } from './server-filters.js';

interface Props {
  /** the one cloud in view, or undefined in the all-clouds view (image and flavor ids differ per cloud) */
  cloud: string | undefined;
  id: string;
}

/**
 * Server-side filters: Nova does the filtering, so they reach servers not loaded yet. Each
 * filter is offered only when the cloud's compute version has it; where the version is not
 * known the filter is offered and the cloud's refusal is shown as it comes.
 */
export function FilterBar({ cloud, id }: Props) {
  const { t } = useTranslation('servers');
  const applied = useServersView((s) => s.filters);
  const setFilters = useServersView((s) => s.setFilters);
  const micro = useServersView((s) => (cloud ? s.microversions[cloud] : undefined));
  const [draft, setDraft] = useState<FilterForm>(applied);
  const [images, setImages] = useState<Image[]>([]);
  const [flavors, setFlavors] = useState<Flavor[]>([]);
  const uid = useId();

  useEffect(() => setDraft(applied), [applied]);

  useEffect(() => {
    if (!cloud) return;
    void useServersView.getState().loadMicroversion(cloud);
    let live = true;
    void Promise.all([api.invoke('images.list', { cloud }), api.invoke('flavors.list', { cloud })]).then(([i, f]) => {
      if (!live) return;
      setImages(i.ok ? [...i.value].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id)) : []);
      setFlavors(f.ok ? [...f.value].sort((a, b) => a.name.localeCompare(b.name)) : []);
    });
    return () => {
      live = false;
    };
  }, [cloud]);

  const version = micro?.state === 'known' ? micro.version : undefined;
  const tagsOk = filterSupported('tags', version);
  const ip6Ok = filterSupported('ip6', version);
  const { problems } = toListFilters(draft);
  const ipIsV6 = draft.ip.includes(':');
  const set = (k: keyof FilterForm) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const fid = (k: string) => `${uid}-${k}`;

  function apply(e: React.FormEvent) {
    e.preventDefault();
    if (Object.keys(problems).length > 0) return;
    setFilters({ ...draft, tags: tagsOk === false ? '' : draft.tags });
  }

  return (
    <form id={id} className="srv-filters" role="search" aria-label={t('filters.label')} onSubmit={apply}>
      <label className="srv-filter">
        <span>{t('filters.name')}</span>
        <input type="text" value={draft.name} onChange={set('name')} placeholder={t('filters.namePlaceholder')} />
      </label>
      <label className="srv-filter">
        <span>{t('filters.status')}</span>
        <select value={draft.status} onChange={set('status')}>
          <option value="">{t('filters.any')}</option>
          {FILTER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {novaStatusText(t as TFunction, s)}
            </option>
          ))}
        </select>
      </label>
      <label className="srv-filter">
        <span>{t('filters.ip')}</span>
        <input
          type="text"
          value={draft.ip}
          onChange={set('ip')}
          placeholder="10.0.0."
          aria-invalid={ipIsV6 && ip6Ok === false}
          aria-describedby={ipIsV6 && ip6Ok === false ? fid('ip-why') : undefined}
        />
        {ipIsV6 && ip6Ok === false && (
          <span id={fid('ip-why')} className="field-error">
            {t('filters.needs', { version: '2.5', have: version })}
          </span>
        )}
      </label>
      <label className="srv-filter" title={cloud ? undefined : t('filters.oneCloudOnly')}>
        <span>{t('filters.image')}</span>
        <select value={draft.image} onChange={set('image')} disabled={!cloud}>
          <option value="">{t('filters.any')}</option>
          {images.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name ?? i.id}
            </option>
          ))}
        </select>
      </label>
      <label className="srv-filter" title={cloud ? undefined : t('filters.oneCloudOnly')}>
        <span>{t('filters.flavor')}</span>
        <select value={draft.flavor} onChange={set('flavor')} disabled={!cloud}>
          <option value="">{t('filters.any')}</option>
          {flavors.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      <label className="srv-filter">
        <span>{t('filters.tags')}</span>
        <input
          type="text"
          value={tagsOk === false ? '' : draft.tags}
          onChange={set('tags')}
          disabled={tagsOk === false}
          placeholder={t('filters.tagsPlaceholder')}
          aria-invalid={!!problems.tags}
          aria-describedby={fid('tags-why')}
        />
        <span id={fid('tags-why')} className={problems.tags ? 'field-error' : 'muted srv-filter-note'}>
          {problems.tags ? t(`filters.problem.${problems.tags}`) : tagsOk === false ? t('filters.needs', { version: '2.26', have: version }) : ''}
        </span>
      </label>
      <div className="srv-filter-buttons">
        <button type="submit" className="button primary">
          {t('filters.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(EMPTY_FILTERS);
            setFilters(EMPTY_FILTERS);
          }}
        >
          {t('filters.clear')}
        </button>
        {cloud && (
          <span className="muted srv-filter-note">
            {micro?.state === 'known'
              ? t('filters.computeVersion', { version: micro.version })
              : micro?.state === 'loading'
                ? t('filters.versionLoading')
                : t('filters.versionUnknown')}
          </span>
        )}
      </div>
    </form>
  );
}
