import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_IDS, type ColumnId } from './column-prefs.js';

interface Props {
  hidden: readonly ColumnId[];
  /** columns that cannot be shown in this view (cloud outside the all-clouds view) */
  unavailable: readonly ColumnId[];
  onChange(hidden: ColumnId[]): void;
}

/** Show or hide columns (disclosure with checkboxes); the choice is kept in localStorage. */
export function ColumnChooser({ hidden, unavailable, onChange }: Props) {
  const { t } = useTranslation('servers');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const toggle = (c: ColumnId) => onChange(hidden.includes(c) ? hidden.filter((h) => h !== c) : [...hidden, c]);

  return (
    <div className="srv-popover-wrap" ref={wrap}>
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('columns.button')}
      </button>
      {open && (
        <fieldset
          id={panelId}
          className="srv-popover"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
              button.current?.focus();
            }
          }}
        >
          <legend>{t('columns.legend')}</legend>
          {COLUMN_IDS.filter((c) => !unavailable.includes(c)).map((c) => (
            <label key={c} className="srv-check">
              <input type="checkbox" checked={!hidden.includes(c)} onChange={() => toggle(c)} disabled={c === 'name'} />
              {t(`column.${c}`)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
