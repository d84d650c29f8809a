import type { Page } from '@playwright/test';
import { localCloud } from './local-cloud.js';

/**
 * Saves, through the app's own API in the page, a profile for the demo project whose Keystone
 * is `authUrl` (a FaultProxy's): the same project, every call going through the proxy.
 * Answers whether the app accepted it.
 */
export async function saveDemoProfileVia(page: Page, name: string, authUrl: string): Promise<boolean> {
  const saved = await page.evaluate(
    ({ name, authUrl, password }) =>
      window.novadesk.invoke('profiles.save', {
        profile: {
          name,
          auth: { type: 'password', authUrl, user: { name: 'demo', domain: { name: 'Default' } }, project: { name: 'demo', domain: { name: 'Default' } } },
          region: 'RegionOne',
        },
        secret: password,
      }),
    { name, authUrl, password: localCloud('local-demo').auth.password },
  );
  return saved.ok;
}
