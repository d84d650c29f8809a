import { useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../../../shared/domain/flavor.js';
import { bootsFromVolume } from '../boot-volume.js';
import type { LaunchDraft } from '../draft.js';
import { flavorReasons } from '../fit.js';
import { matches, mb, ROW_LIMIT } from '../format.js';
import { FieldError, useLaunchUi } from '../launch-context.js';
import { flavorReasonMessage } from '../messages.js';
import { ChoiceRow, NameCell, PickerTable } from '../PickerTable.js';
import { StepGate } from '../StepGate.js';
import { ZeroDiskOffer } from './ZeroDiskOffer.js';

type SortKey = 'name' | 'vcpus' | 'ramMb' | 'diskGb';

/** The flavor table: each row that cannot be used says why (quota RAM or vCPUs, image min_disk or min_ram). */
export function FlavorStep() {
  return (
    <StepGate needs={['flavors']}>
      <FlavorTable />
    </StepGate>
  );
}

function FlavorTable() {
  const { t } = useTranslation('launch');
  const { setValue, control } = useFormContext<LaunchDraft>();
  const { lookups, usage } = useLaunchUi();
  const selected = useWatch({ control, name: 'flavorRef' });
  const imageRef = useWatch({ control, name: 'imageRef' });
  const count = useWatch({ control, name: 'count' });
  const [sourceKind, newVolume] = useWatch({ control, name: ['sourceKind', 'newVolume'] });
  const rootOnVolume = bootsFromVolume({ sourceKind, newVolume });
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'ramMb', dir: 1 });
  const glance = sourceKind === 'image' || sourceKind === 'snapshot';
  const image = glance ? lookups.images?.data?.find((i) => i.id === imageRef) : undefined;
  const n = typeof count === 'number' && count >= 1 ? count : 1;

  const rows = useMemo(() => {
    const list = (lookups.flavors?.data ?? []).filter((f) => matches(filter, f.name, f.id, f.description));
    const val = (f: Flavor) => f[sort.key];
    return list
      .map((f) => ({ flavor: f, reasons: flavorReasons(f, { image, usage, count: n, rootOnVolume }) }))
      .sort((a, b) => {
        const x = val(a.flavor);
        const y = val(b.flavor);
        const c = typeof x === 'string' ? x.localeCompare(String(y), undefined, { numeric: true }) : x - Number(y);
        return (c || a.flavor.name.localeCompare(b.flavor.name)) * sort.dir;
      });
  }, [lookups.flavors?.data, filter, sort, image, usage, n, rootOnVolume]);
  const chosen = rows.find((r) => r.flavor.id === selected);

  const choose = (id: string) => setValue('flavorRef', id, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
  const header = (key: SortKey, label: string) => ({
    key,
    cell: (
      <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="kit-sort" onClick={() => setSort((s) => ({ key, dir: s.key === key ? ((-s.dir) as 1 | -1) : 1 }))}>
        {label}
        {sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
    ),
  });

  return (
    <div className="kit-stack launch-stack">
      <div className="kit-row">
        <input type="search" aria-label={t('flavor.filter')} placeholder={t('flavor.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="muted small">
          {image ? t('flavor.checkedAgainst', { image: image.name ?? image.id, count: n }) : t('flavor.noImage')}
          {!usage && ` · ${t('flavor.noQuota')}`}
        </span>
      </div>
      <FieldError path="flavorRef" />
      {chosen?.reasons.some((r) => r.code === 'zeroDisk') && <ZeroDiskOffer flavorId={chosen.flavor.id} flavorName={chosen.flavor.name} />}
      <PickerTable
        label={t('step.flavor')}
        choosing
        headings={[
          header('name', t('table.name')),
          header('vcpus', t('flavor.vcpus')),
          header('ramMb', t('flavor.ram')),
          header('diskGb', t('flavor.disk')),
          t('flavor.ephemeral'),
          t('flavor.public'),
          t('flavor.fits'),
        ]}
      >
        {rows.slice(0, ROW_LIMIT).map(({ flavor: f, reasons }) => {
          const reasonId = `flavor-why-${f.id}`;
          const unfit = reasons.length > 0;
          return (
            <ChoiceRow
              key={f.id}
              type="radio"
              group="flavorRef"
              label={f.name}
              describedBy={reasonId}
              checked={selected === f.id}
              disabled={unfit && selected !== f.id}
              className={unfit ? 'unfit' : undefined}
              onChange={() => choose(f.id)}
            >
              <NameCell>{f.name}</NameCell>
              <td>{f.vcpus}</td>
              <td>{mb(f.ramMb)}</td>
              <td>{f.diskGb} GB</td>
              <td>{f.ephemeralGb ? `${f.ephemeralGb} GB` : '—'}</td>
              <td>{f.isPublic ? t('yes') : t('no')}</td>
              <td id={reasonId} className={`toned small ${unfit ? 'danger reason' : 'ok'}`}>
                {unfit ? reasons.map((r) => <span key={r.code}>{flavorReasonMessage(t, r)}</span>) : t('flavor.fitsYes')}
                {selected !== f.id && reasons.some((r) => r.code === 'zeroDisk') && <ZeroDiskOffer flavorId={f.id} flavorName={f.name} />}
              </td>
            </ChoiceRow>
          );
        })}
      </PickerTable>
    </div>
  );
}
