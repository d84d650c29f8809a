import { useTranslation } from 'react-i18next';
import { UsageBar } from '../../kit/UsageBar.js';
import { LEVEL_TONE, usageLevel } from '../../kit/usage.js';
import type { UsageRow } from './overview-rows.js';
import { usageText } from './usage-text.js';

/** One resource of the overview: its name, "3 of 10 used", and the bar in the colour of how full it is. */
export function UsageLine({ row }: { row: UsageRow }) {
  const { t } = useTranslation('overview');
  const label = t(`resource.${row.key}`, { type: row.volumeType });
  const text = usageText(t, row.usage, row.unit);
  const level = usageLevel(row.usage);
  return (
    <li className="overview-line">
      <div className="overview-label">
        <span>{label}</span>
        <span className={level === 'ok' ? 'small muted' : `small toned ${LEVEL_TONE[level]}`}>{text}</span>
      </div>
      <UsageBar label={label} text={text} used={row.usage.used} max={row.usage.max} level={level} />
    </li>
  );
}
