import type { ChannelRequest } from './request.js';

/**
 * One action table per resource: every row is one action, and the row menu, the drawer's
 * buttons, the batch bar, the confirmation, the production-cloud guard and the locale keys
 * all derive from it. Adding an action is adding a row; forgetting its words fails the
 * locale test, and nothing else has to be kept in step by hand.
 */

/**
 * Why an action is not offered for a row. `reason` is a key under `why.` in the resource's
 * namespace (declared here, not computed, so the locale test can check it exists).
 */
export interface Guard<Row> {
  reason: string;
  blocks(row: Row): boolean;
  /** words the reason interpolates (a lock's own reason); `context` picks `why.<reason>_<context>` */
  values?(row: Row): Record<string, string | undefined>;
  /** the `context` values `values` may give, declared so the locale test checks each key */
  contexts?: readonly string[];
  /**
   * The row's state rules the action out, so the drawer leaves it out rather than listing it
   * disabled (the menu still lists it, with the reason). A guard without it (a lock) keeps the
   * button in view, disabled: that is the action the user came to do, and the way out is beside it.
   */
  hidesInDrawer?: boolean;
}

export interface ActionDef<Row> {
  id: string;
  /** consecutive actions with the same group are shown together, with a separator between groups */
  group: string;
  /** what is sent for one row; absent when the action only opens a dialog or acts locally */
  request?: ChannelRequest<[row: Row, cloud: string]>;
  /**
   * After the request succeeded, before the row is re-read, with what the cloud answered: for
   * answers that are more than "accepted" (a snapshot's image id, a rescue's admin password,
   * shown once) and for what the action changes beyond the row (a floating IP taken off shows
   * on its server at once, before Nova's cache has it). The row passed is as it was.
   */
  after?(answer: unknown, row: Row, cloud: string): void;
  /** done in the renderer (copy to the clipboard…): no request, no pending mark */
  perform?(row: Row, cloud: string): Promise<void> | void;
  /** the screen opens this dialog (by name) instead of sending at once */
  dialog?: string;
  /**
   * Opens the dialog only when this says so for the first row (a choice the cloud's version
   * offers, such as unshelve's zone from compute 2.77); otherwise `request` is sent at once.
   */
  dialogWhen?(row: Row): boolean;
  /** offered in the batch bar for several rows at once */
  batchable?: boolean;
  /** checked in order; the first that blocks gives the reason shown beside the disabled item */
  guards?: ReadonlyArray<Guard<Row>>;
  /**
   * Asks before sending. `production`: on a cloud whose profile is marked production the user
   * types each row's name (the servers screen's delete guard, for every action marked so).
   */
  confirm?: { production: boolean };
  /**
   * Disrupts what runs on the row (stop, hard reboot, shelve…): on a production cloud it asks
   * first, with the typed-name guard; elsewhere it runs at once.
   */
  disruptive?: boolean;
  /** destructive: shown in the danger colour */
  danger?: boolean;
  /** the drawer shows it as a button (default true) */
  drawer?: boolean;
  /** opens the row's drawer on this tab instead of acting (a log to read) */
  tab?: string;
}

export interface ActionTable<Row> {
  /** the i18n namespace holding `action.<id>`, `why.<reason>` and `confirm.<id>.*` */
  namespace: string;
  actions: ReadonlyArray<ActionDef<Row>>;
}

/**
 * The delete row most resources share: one request per row, batchable, in the danger colour,
 * confirmed, and guarded on production clouds. Guards (a lock, a state) are the resource's.
 */
export function deleteAction<Row>(req: ChannelRequest<[row: Row, cloud: string]>, guards?: ReadonlyArray<Guard<Row>>): ActionDef<Row> {
  return { id: 'delete', group: 'remove', request: req, batchable: true, danger: true, confirm: { production: true }, ...(guards ? { guards } : {}) };
}

export type Availability = { ok: true } | { ok: false; reason: string; values?: Record<string, string | undefined>; hidesInDrawer?: boolean };

const OK: Availability = { ok: true };

export function availability<Row>(action: ActionDef<Row>, row: Row): Availability {
  for (const g of action.guards ?? []) {
    if (!g.blocks(row)) continue;
    return { ok: false, reason: g.reason, ...(g.values ? { values: g.values(row) } : {}), ...(g.hidesInDrawer ? { hidesInDrawer: true } : {}) };
  }
  return OK;
}

/** The menu: the table's order, cut into groups where the group changes. */
export function menuGroups<Row>(table: ActionTable<Row>): Array<ReadonlyArray<ActionDef<Row>>> {
  const groups: Array<Array<ActionDef<Row>>> = [];
  let last: string | undefined;
  for (const a of table.actions) {
    if (a.group !== last || groups.length === 0) groups.push([]);
    groups[groups.length - 1]!.push(a);
    last = a.group;
  }
  return groups;
}

export const batchActions = <Row>(table: ActionTable<Row>) => table.actions.filter((a) => a.batchable);

export const drawerActions = <Row>(table: ActionTable<Row>) => table.actions.filter((a) => a.drawer !== false);

/** The drawer's buttons for one row: what the row's state rules out is left out, a lock's block stays (disabled). */
export const drawerActionsFor = <Row>(table: ActionTable<Row>, row: Row) =>
  drawerActions(table).filter((a) => {
    const avail = availability(a, row);
    return avail.ok || !avail.hidesInDrawer;
  });

/** The actions the command palette offers for a row: every one the row allows now. */
export const availableActions = <Row>(table: ActionTable<Row>, row: Row) => table.actions.filter((a) => availability(a, row).ok);

/** Every request channel the table sends (its test checks each exists in the IPC contract). */
export const requestChannels = <Row>(table: ActionTable<Row>) => table.actions.flatMap((a) => (a.request ? [a.request.channel] : []));

/** The rows of a selection the action applies to; the others are skipped, never sent to fail. */
export const rowsFit = <Row>(action: ActionDef<Row>, rows: readonly Row[]) => rows.filter((r) => availability(action, r).ok);

/** Whether picking the action for these rows opens its dialog. */
export const opensDialog = <Row>(a: ActionDef<Row>, first: Row) => !!a.dialog && (a.dialogWhen?.(first) ?? true);

/** An item that opens a dialog or asks first ends with an ellipsis, as menus do (for this row, when known). */
export const asksMore = <Row>(a: ActionDef<Row>, row?: Row) => (row !== undefined && a.dialog ? opensDialog(a, row) : !!a.dialog) || !!a.confirm;

export const needsProductionGuard = <Row>(a: ActionDef<Row>, production: boolean) => production && (!!a.confirm?.production || !!a.disruptive);

/** Whether picking the action asks first: always when marked `confirm`, on production clouds when disruptive. */
export const asksFirst = <Row>(a: ActionDef<Row>, production: boolean) => !!a.confirm || (production && !!a.disruptive);

/** Every key the table's words need in its namespace: what the locale test checks in each language. */
export function localeKeys<Row>(table: ActionTable<Row>): string[] {
  const keys = new Set<string>();
  for (const a of table.actions) {
    keys.add(`action.${a.id}`);
    for (const g of a.guards ?? []) {
      keys.add(`why.${g.reason}`);
      for (const c of g.contexts ?? []) keys.add(`why.${g.reason}_${c}`);
    }
    if (a.confirm || a.disruptive) for (const k of ['title', 'description', 'button']) keys.add(`confirm.${a.id}.${k}`);
  }
  return [...keys];
}
