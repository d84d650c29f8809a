import { EMPTY_FILTERS } from '../servers/server-filters.js';
import { navigate } from '../../lib/routes.js';
import { useServersView } from '../servers/servers-view.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Opens the servers screen on one server: its server-side name filter (the one the filter
 * bar shows, so the user sees why the list is short and can clear it) set to that exact name.
 */
export function showServer(name: string): void {
  useServersView.getState().setFilters({ ...EMPTY_FILTERS, name: `^${escapeRegex(name)}$` });
  navigate('servers');
}
