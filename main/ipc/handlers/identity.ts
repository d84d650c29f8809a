import type { identityOps } from '../../../shared/ipc/contract/identity.js';
import { parseScopeId, profileOf } from '../../../shared/ipc/scope-id.js';
import type { ApplicationCredential } from '../../../shared/domain/application-credential.js';
import type { Profile } from '../../../shared/schemas/profile.js';
import { OpenStackError } from '../../openstack/errors.js';
import type { AppContext, HandlersFor } from './types.js';

/** The profile as it logs in with an application credential, in the region the scope had. */
function convertedDraft(p: Profile, credential: ApplicationCredential, region: string | undefined): Omit<Profile, 'id'> {
  const { id: _id, ...draft } = p;
  return {
    ...draft,
    auth: { type: 'application_credential', authUrl: p.auth.authUrl, applicationCredential: { id: credential.id } },
    ...(region ? { region } : {}),
  };
}

export function identityHandlers({ profiles, registry }: AppContext): HandlersFor<typeof identityOps> {
  return {
    'applicationCredentials.list': ({ cloud }) => registry.use(cloud, (c) => c.applicationCredentials.list()),
    'applicationCredentials.create': async ({ cloud, credential: req, useForProfile }) => {
      const profile = profiles.profile(profileOf(cloud));
      if (!profile) throw new OpenStackError('not_found', `there is no profile ${profileOf(cloud)}`, { field: 'cloud' });
      const client = await registry.client(cloud);
      const { credential, secret } = await registry.use(cloud, (c) => c.applicationCredentials.create(req));
      if (!useForProfile) return { credential, secret, profileSwitched: false };
      try {
        await profiles.save({ id: profile.id, profile: convertedDraft(profile, credential, parseScopeId(cloud)?.region), secret });
      } catch (e) {
        // a credential nobody can use again (its secret is gone with this answer) is not left behind
        await client.applicationCredentials.delete(credential.id).catch(() => undefined);
        throw e;
      }
      return { credential, profileSwitched: true };
    },
    'applicationCredentials.delete': async ({ cloud, id }) => {
      await registry.use(cloud, (c) => c.applicationCredentials.delete(id));
      return null;
    },
  };
}
