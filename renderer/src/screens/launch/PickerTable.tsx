import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A column heading: a plain label, or a whole `<th>` (a sort button, say). */
export type PickerHeading = string | { key: string; cell: ReactNode };

interface PickerTableProps {
  /** the table's accessible name (or `labelledBy`, the id of a visible heading) */
  label?: string;
  labelledBy?: string;
  /** a leading column of radios or checkboxes, named "Choose" for screen readers */
  choosing?: boolean;
  /** a trailing column of buttons, named "Actions" */
  actions?: boolean;
  headings: PickerHeading[];
  children: ReactNode;
  /** under the table (e.g. "12 more, filter to see them") */
  footer?: ReactNode;
}

/** The table every launch step picks from: one look, one set of headings, one scroll box. */
export function PickerTable({ label, labelledBy, choosing, actions, headings, children, footer }: PickerTableProps) {
  const { t } = useTranslation('launch');
  return (
    <div className="table-wrap">
      <table className="data launch-table" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {choosing && (
              <th scope="col">
                <span className="visually-hidden">{t('table.choose')}</span>
              </th>
            )}
            {headings.map((h) =>
              typeof h === 'string' ? (
                <th key={h} scope="col">
                  {h}
                </th>
              ) : (
                <Fragment key={h.key}>{h.cell}</Fragment>
              ),
            )}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('table.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}

interface ChoiceRowProps {
  /** radio: one of the table; checkbox: any number */
  type: 'radio' | 'checkbox';
  /** the radio group's name */
  group?: string;
  /** the control's accessible name (usually the row's name) */
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** a radio row is chosen by a click anywhere on it */
  rowClick?: boolean;
  disabled?: boolean;
  describedBy?: string;
  className?: string;
  children: ReactNode;
}

/** A row with its control in the "Choose" column; `selected` marks the chosen rows. */
export function ChoiceRow({ type, group, label, checked, onChange, rowClick = type === 'radio', disabled, describedBy, className, children }: ChoiceRowProps) {
  const classes = [checked ? 'selected' : '', className ?? ''].join(' ').trim() || undefined;
  return (
    <tr
      className={classes}
      // a click on the control itself is its own change event already
      onClick={rowClick ? (e) => e.target instanceof HTMLInputElement || disabled || checked || onChange(true) : undefined}
    >
      <td>
        <input
          type={type}
          name={group}
          aria-label={label}
          aria-describedby={describedBy}
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
        />
      </td>
      {children}
    </tr>
  );
}

/** The "none" choice at the top of an optional radio table (no key pair, no server group). */
export function NoneRow({ group, label, checked, onChoose, span }: { group: string; label: string; checked: boolean; onChoose(): void; span: number }) {
  return (
    <ChoiceRow type="radio" group={group} label={label} checked={checked} onChange={onChoose}>
      <td colSpan={span} className="muted">
        {label}
      </td>
    </ChoiceRow>
  );
}

/** The row's name cell: a row header, so each cell is read with its row's name. */
export function NameCell({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className="cell-name">
      {children}
    </th>
  );
}
