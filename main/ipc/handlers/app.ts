import type { appOps } from '../../../shared/ipc/contract/app.js';
import type { AppContext, HandlersFor } from './types.js';

export function appHandlers(ctx: AppContext): HandlersFor<typeof appOps> {
  const { profiles, registry, log } = ctx;
  return {
    'profiles.list': async () => profiles.list(),
    'profiles.get': async ({ id }) => profiles.get(id),
    'profiles.save': async (input) => profiles.save(input),
    'profiles.remove': async ({ id }) => (await profiles.remove(id), null),
    'profiles.setSecret': async ({ id, secret, remember }) => profiles.setSecret(id, secret, remember),
    'profiles.forgetSecret': async ({ id }) => profiles.forgetSecret(id),
    'profiles.problems': async () => profiles.problems(),
    'profiles.secretStorage': async () => profiles.secretStorage(),
    'profiles.testConnection': async (input) => profiles.testConnection(input),
    'profiles.scanImport': async (input) =>
      input.source === 'standard'
        ? profiles.scanImport()
        : profiles.scanImportText({ path: input.clouds.name, text: input.clouds.text }, input.secure && { path: input.secure.name, text: input.secure.text }),
    'profiles.applyImport': async (input) => profiles.applyImport(input),
    'profiles.exportCloudsYaml': async ({ ids }) => profiles.exportCloudsYaml(ids),
    'clouds.statuses': async () => registry.statuses(),
    'clouds.connect': async ({ cloud }) => registry.connect(cloud),
    'clouds.passcode': async ({ cloud, passcode }) => registry.providePasscode(cloud, passcode),
    'log.list': async (filter) => log.list(filter),
    'log.clear': async () => (log.clear(), null),
  };
}
