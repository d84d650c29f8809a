import type { DialogProps } from '../../kit/ResourceView.js';
import type { ServerRow } from './server-rows.js';

/** What each of the servers screen's dialogs gets from the kit. */
export type ServerDialogProps = DialogProps<ServerRow>;

/** "Lock web-1" for one server, "Lock 3 servers" for a selection: `<key>_one` / `<key>_other`. */
export const titleFor = (t: (k: string, o: Record<string, unknown>) => string, key: string, rows: readonly ServerRow[]) =>
  t(key, { count: rows.length, name: rows[0]?.server.name ?? '' });
