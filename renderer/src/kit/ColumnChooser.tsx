import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headerKey, type KitColumn } from './columns.js';
import { useOutsideClick } from './use-outside-click.js';

interface Props<Row> {
  ns: string;
  columns: ReadonlyArray<KitColumn<Row>>;
  hidden: readonly string[];
  onChange(hidden: string[]): void;
}

/** Show or hide columns (a disclosure with checkboxes); columns that cannot hide are not offered. */
export function ColumnChooser<Row>({ ns, columns, hidden, onChange }: Props<Row>) {
  const { t } = useTranslation([ns, 'kit']);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useOutsideClick(wrap, open, () => setOpen(false));

  const toggle = (id: string) => onChange(hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id]);

  return (
    <div className="kit-popover-wrap" ref={wrap}>
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('kit:columns.button')}
      </button>
      {open && (
        <fieldset
          id={panelId}
          className="kit-popover kit-stack"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
              button.current?.focus();
            }
          }}
        >
          <legend>{t('kit:columns.legend')}</legend>
          {columns
            .filter((c) => c.hideable !== false)
            .map((c) => (
              <label key={c.id} className="kit-check">
                <input type="checkbox" checked={!hidden.includes(c.id)} onChange={() => toggle(c.id)} />
                {t(headerKey(c))}
              </label>
            ))}
        </fieldset>
      )}
    </div>
  );
}
