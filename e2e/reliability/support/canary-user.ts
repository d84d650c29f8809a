/**
 * A real Keystone user whose password is a canary, a member of the alt project, with an
 * application credential whose secret is a canary too (Keystone takes a secret the caller
 * chooses). So the canaries are real credentials: they log in, and every path a real secret
 * takes is exercised, not only the failure paths.
 */
import { CloudClient } from '../../../main/openstack/cloud-client.js';
import { Session } from '../../../main/openstack/session.js';
import { clientFor, localCloud } from '../../support/local-cloud.js';

export interface CanaryUser {
  userId: string;
  userName: string;
  projectName: string;
  authUrl: string;
  appCredentialId: string;
  /** a real token of this user (for a token profile), scoped to the project */
  token: string;
  remove(): Promise<void>;
}

export async function createCanaryUser(name: string, password: string, appCredentialSecret: string): Promise<CanaryUser> {
  const admin = clientFor('local-admin');
  const authUrl = localCloud('local-admin').auth.auth_url;
  const projectName = localCloud('local-alt').auth.project_name;
  const identity = async <T>(method: string, path: string, body?: unknown, session: Session = admin.session): Promise<T> => {
    const res = await session.request({ service: 'identity', method, url: `${authUrl}${path}`, ...(body ? { body } : {}) });
    return (res.text ? JSON.parse(res.text) : undefined) as T;
  };
  const { projects } = await identity<{ projects: { id: string }[] }>('GET', `/projects?name=${encodeURIComponent(projectName)}`);
  const { roles } = await identity<{ roles: { id: string }[] }>('GET', '/roles?name=member');
  const projectId = projects[0]?.id;
  const roleId = roles[0]?.id;
  if (!projectId || !roleId) throw new Error(`project ${projectName} or role member missing; run e2e/cloud/up.sh`);
  const { user } = await identity<{ user: { id: string } }>('POST', '/users', {
    user: { name, password, domain_id: 'default', default_project_id: projectId },
  });
  const remove = async () => {
    // keypairs belong to the user and outlive it in Nova: an admin removes them first
    const kps = await admin.keypairs.list({ userId: user.id }).catch(() => []);
    await Promise.all(kps.map((k) => admin.keypairs.delete(k.name, { userId: user.id }).catch(() => undefined)));
    await identity('DELETE', `/users/${user.id}`).catch(() => undefined);
    await admin.close();
  };
  try {
    await identity('PUT', `/projects/${projectId}/users/${user.id}/roles/${roleId}`);
    // an application credential is made by its own user, with that user's token
    const own = new CloudClient({
      auth: { type: 'password', authUrl, user: { id: user.id }, password, scope: { project: { id: projectId } } },
    });
    const token = (await own.session.token()).value;
    const { application_credential: cred } = await identity<{ application_credential: { id: string } }>(
      'POST',
      `/users/${user.id}/application_credentials`,
      { application_credential: { name: `${name}-ac`, secret: appCredentialSecret } },
      own.session,
    );
    await own.close();
    return { userId: user.id, userName: name, projectName, authUrl, appCredentialId: cred.id, token, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}
