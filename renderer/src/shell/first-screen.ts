import { cachedList } from '../kit/list-store.js';
import { askEarly } from '../lib/early-answers.js';
import { routeFromHash } from '../lib/routes.js';
import { rememberedCloud, useClouds } from '../stores/clouds.js';

/**
 * Sends what the first screen waits for while React is still starting: the profiles and
 * their statuses (the clouds store's load), and, when the app opens on the servers of one
 * cloud, that cloud's saved list, which would otherwise be asked only once the profiles are in.
 */
export function askForFirstScreen(): void {
  const invoke = (channel: string, input: unknown) => window.novadesk.invoke(channel as never, input as never);
  askEarly('profiles.list', {}, invoke);
  askEarly('clouds.statuses', {}, invoke);
  const cloud = rememberedCloud();
  if (cloud && routeFromHash(window.location.hash) === 'servers' && !useClouds.getState().allClouds) {
    const saved = cachedList('servers');
    askEarly(saved.channel, saved.input(cloud), invoke);
  }
}
