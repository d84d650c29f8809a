/**
 * The kit table's row height, in one place: the virtualizer reads it here, and the table
 * writes it into `--kit-row-h` for kit.css. Every cell is one line, so rows are never measured.
 */
export const KIT_ROW_HEIGHT = 30;

export const rowHeightStyle = { '--kit-row-h': `${KIT_ROW_HEIGHT}px` } as React.CSSProperties;
