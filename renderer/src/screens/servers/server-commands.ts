import type { TFunction } from 'i18next';
import type { Server } from '../../../../shared/domain/server.js';
import { availableActions } from '../../kit/action-table.js';
import { SERVER_ACTIONS } from './server-actions.js';
import { asRow } from './server-guards.js';

export interface ServerCommand {
  id: string;
  title: string;
  group: string;
  /** the server's name and id, so either finds it */
  keywords: string;
  cloud: string;
  serverId: string;
  /** an action-table id, or `open` */
  action: string;
}

/** At most this many servers answer one query: the palette is for finding one, not listing. */
export const MAX_SERVERS = 6;

/**
 * The palette's server commands for what is typed: the current cloud's servers whose name
 * contains a word typed, or whose id starts with one, each with "open" and every action its
 * state allows now (the same action table as the menu, so the palette never offers what the
 * menu refuses).
 */
export function serverCommands(t: TFunction, cloud: string | undefined, servers: readonly Server[], query: string): ServerCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!cloud || words.length === 0) return [];
  const group = t('palette.groupServer');
  // a word may name the action ("stop web"), so one word naming the server is enough here; the
  // palette then keeps the commands matching every word. Ids match from their start only, or
  // any two letters would find half the servers by their hex.
  const found = servers.filter((s) => words.some((w) => s.name.toLowerCase().includes(w) || s.id.toLowerCase().startsWith(w)));
  return found.slice(0, MAX_SERVERS).flatMap((s) => {
    const base = { group, keywords: `${s.name} ${s.id}`, cloud, serverId: s.id };
    const open: ServerCommand = { ...base, id: `server.${s.id}.open`, action: 'open', title: t('palette.openServer', { name: s.name || s.id }) };
    const actions = availableActions(SERVER_ACTIONS, asRow(s)).map((a) => ({
      ...base,
      id: `server.${s.id}.${a.id}`,
      action: a.id,
      title: t('palette.serverAction', { action: t(`servers:action.${a.id}`), name: s.name || s.id }),
    }));
    return [open, ...actions];
  });
}
