import './kit.css';
import { LEVEL_TONE, percentOf, type UsageLevel } from './usage.js';

interface Props {
  label: string;
  /** what the bar says in words ("3 of 10 used"): its accessible value */
  text: string;
  used: number;
  /** a second segment after `used`: what an action would add (the launch wizard's fit panel) */
  adds?: number;
  max: number | null;
  /** colours the used part by how full the quota is; without it the used part is neutral */
  level?: UsageLevel | undefined;
  /** the added part does not fit */
  over?: boolean;
}

/** The one usage bar: a meter with the used part and, optionally, what is about to be added. */
export function UsageBar({ label, text, used, adds = 0, max, level, over = false }: Props) {
  const usedPct = percentOf(used, max);
  const addsPct = Math.max(0, percentOf(used + adds, max) - usedPct);
  const classes = ['usage-bar', level && LEVEL_TONE[level], over && 'over'].filter(Boolean).join(' ');
  return (
    <div
      className={classes}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max ?? used + adds}
      aria-valuenow={used + adds}
      aria-valuetext={text}
      data-level={level}
    >
      <span className="used" style={{ width: `${usedPct}%` }} />
      {adds > 0 && <span className="adds" style={{ width: `${addsPct}%` }} />}
    </div>
  );
}
