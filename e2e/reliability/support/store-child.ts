/**
 * Run as its own process (`node --import tsx`) by the store tests for cases that may hang the event
 * loop: opens the app on a data dir, saves one profile, prints the profiles, the store's problems
 * and the IPC answer as JSON.
 */
import { createApp } from '../../../main/app.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: store-child.ts <data dir>');
try {
  const app = await createApp({ dataDir: dir, onInternalError: () => undefined });
  const r = await app.router.dispatch('profiles.save', {
    profile: {
      name: 'from-child',
      auth: { type: 'password', authUrl: 'http://127.0.0.1:5000/v3', user: { name: 'u', domain: { name: 'Default' } }, project: { name: 'p', domain: { name: 'Default' } } },
    },
  });
  const profiles = (await app.profiles.list()).map((p) => p.name);
  console.log(JSON.stringify({ started: true, profiles, problems: app.profiles.problems(), save: r }));
  await app.close();
} catch (e) {
  console.log(JSON.stringify({ started: false, error: String(e) }));
}
